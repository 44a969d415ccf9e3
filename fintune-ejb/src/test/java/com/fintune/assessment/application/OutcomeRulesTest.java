package com.fintune.assessment.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fintune.ml.data.FieldError;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutcomeRulesTest {

    @Test
    void theThreeDecisionsWithOrWithoutACommentPass() {
        for (String decision : OutcomeRules.DECISIONS) {
            assertTrue(OutcomeRules.check(decision, null).isEmpty());
            assertTrue(OutcomeRules.check(decision, "Compensating factors documented.\nOK").isEmpty());
        }
    }

    @Test
    void everyBrokenRuleIsNamedByField() {
        List<FieldError> errors = OutcomeRules.check("MAYBE", "x".repeat(2001) + "\u0001");
        assertEquals(List.of("decision", "comment", "comment"), errors.stream().map(FieldError::field).toList());
        assertEquals("must be one of APPROVE, DENY, WITHDRAW (was \"MAYBE\")", errors.get(0).message());
        assertEquals("must be at most 2000 characters, was 2002", errors.get(1).message());
        assertEquals("is required", OutcomeRules.check(" ", null).get(0).message());
    }

    @Test
    void blankCommentsAreStoredAsNone() {
        assertNull(OutcomeRules.normalise("  \n"));
        assertEquals("fine", OutcomeRules.normalise(" fine "));
    }
}
