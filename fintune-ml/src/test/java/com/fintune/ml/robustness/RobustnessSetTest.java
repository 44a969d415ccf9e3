package com.fintune.ml.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fintune.ml.data.LoanApplication;
import com.fintune.ml.eval.robustness.CaseKind;
import com.fintune.ml.features.ApplicationFeatures;
import com.fintune.ml.features.FeaturePipeline;
import com.fintune.ml.taxonomy.ReasonCategory;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The built-in set ships whole: enough cases of each kind, clean bases, every reason paraphrased. */
class RobustnessSetTest {

    private final FeaturePipeline pipeline = new FeaturePipeline();

    @Test
    void theBuiltInSetHasEnoughCasesOfEachKind() throws Exception {
        RobustnessSet set = RobustnessSet.builtIn();
        assertTrue(set.cases().size() >= 70, "cases: " + set.cases().size());
        assertTrue(count(set, CaseKind.BENIGN) >= 20);
        assertTrue(count(set, CaseKind.NEGATION) >= 12);
        assertTrue(count(set, CaseKind.PARAPHRASE) >= 20);
        assertTrue(count(set, CaseKind.PROTECTED) >= 16);
        assertTrue(count(set, CaseKind.DECISION) >= 16);
        long approvals = set.cases().stream().filter(c -> "APPROVE".equals(c.decision())).count();
        long denials = set.cases().stream().filter(c -> "DENY".equals(c.decision())).count();
        assertTrue(approvals >= 6 && denials >= 6, approvals + " approvals, " + denials + " denials");
        Set<ReasonCategory> paraphrased = EnumSet.noneOf(ReasonCategory.class);
        set.cases().stream().filter(c -> c.kind() == CaseKind.PARAPHRASE).forEach(c -> paraphrased.add(c.expected()));
        assertEquals(EnumSet.allOf(ReasonCategory.class), paraphrased, "every reason has a paraphrase");
    }

    @Test
    void aDecisionCaseIsItsBaseWithTheChangedFields() throws Exception {
        RobustnessSet set = RobustnessSet.builtIn();
        String base = Files.readAllLines(Path.of("src/main/resources", RobustnessSet.RESOURCE)).stream()
                .filter(l -> l.contains("\"name\": \"purchase-salaried\"")).findFirst().orElseThrow();
        String decision = "{\"type\": \"case\", \"id\": \"d\", \"kind\": \"decision\", \"base\":"
                + " \"purchase-salaried\", \"changes\": {\"creditScore\": 601, \"latePayments24m\": 3},"
                + " \"note\": \"Lates on the car loan.\", \"decision\": \"DENY\", \"expect\": \"DELINQUENCY\"}";
        RobustnessCase c = RobustnessSet.read("t", new StringReader(base + "\n" + decision)).cases().get(0);
        LoanApplication original = set.bases().get("purchase-salaried");
        assertEquals(601, c.changed().creditScore());
        assertEquals(3, c.changed().latePayments24m());
        assertEquals(original.toBuilder().creditScore(601).latePayments24m(3).build(), c.changed());
        assertEquals("DENY with DELINQUENCY ≥ 0.5", c.expectation());
        IOException early = assertThrows(IOException.class,
                () -> RobustnessSet.read("t", new StringReader(decision + "\n" + base)));
        assertTrue(early.getMessage().contains("t line 1: a case with changes must come after its base line"),
                early.getMessage());
        IOException approveWithReason = assertThrows(IOException.class, () -> RobustnessSet.read("t",
                new StringReader(base + "\n" + decision.replace("\"DENY\"", "\"APPROVE\""))));
        assertTrue(approveWithReason.getMessage().contains("only a DENY names an expected reason"),
                approveWithReason.getMessage());
    }

    @Test
    void everyBaseApplicationIsCleanAndApprovable() throws Exception {
        for (var e : RobustnessSet.builtIn().bases().entrySet()) {
            LoanApplication a = e.getValue();
            ApplicationFeatures f = pipeline.extract(a);
            assertTrue(f.meetsCriteria(), e.getKey() + " fails " + f.failedCriteria());
            assertTrue(a.creditScore() >= 720 && a.dtiPercent() <= 33 && a.ltvPercent() <= 80, e.getKey());
            assertTrue(a.underwriterNotes() == null, e.getKey() + ": a base's notes come from its cases");
        }
    }

    /** The set's protected sentences are all neutralised: the model reads exactly the note without them. */
    @Test
    void everyProtectedInsertionIsMaskedAwayInBothTextViews() throws Exception {
        RobustnessSet set = RobustnessSet.builtIn();
        for (RobustnessCase c : set.cases()) {
            if (c.kind() != CaseKind.PROTECTED) {
                continue;
            }
            LoanApplication base = set.bases().get(c.base());
            ApplicationFeatures with = pipeline.extract(base.toBuilder().underwriterNotes(c.noteRead()).build());
            ApplicationFeatures without = pipeline.extract(base.toBuilder().underwriterNotes(c.note()).build());
            assertTrue(!c.noteRead().equals(c.note()), c.id());
            assertEquals(without.notesText(), with.notesText(), c.id());
            assertEquals(without.combinedText(), with.combinedText(), c.id());
        }
    }

    private static long count(RobustnessSet set, CaseKind kind) {
        return set.cases().stream().filter(c -> c.kind() == kind).count();
    }
}
