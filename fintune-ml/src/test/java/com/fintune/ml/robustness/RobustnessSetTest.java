package com.fintune.ml.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fintune.ml.data.LoanApplication;
import com.fintune.ml.eval.robustness.CaseKind;
import com.fintune.ml.features.ApplicationFeatures;
import com.fintune.ml.features.FeaturePipeline;
import com.fintune.ml.taxonomy.ReasonCategory;
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
        Set<ReasonCategory> paraphrased = EnumSet.noneOf(ReasonCategory.class);
        set.cases().stream().filter(c -> c.kind() == CaseKind.PARAPHRASE).forEach(c -> paraphrased.add(c.expected()));
        assertEquals(EnumSet.allOf(ReasonCategory.class), paraphrased, "every reason has a paraphrase");
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
