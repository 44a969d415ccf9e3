package com.fintune.ml.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fintune.ml.eval.EvaluationJson;
import com.fintune.ml.eval.report.RobustnessSection;
import com.fintune.ml.eval.robustness.CaseKind;
import com.fintune.ml.eval.robustness.CaseResult;
import com.fintune.ml.eval.robustness.KindSummary;
import com.fintune.ml.eval.robustness.RobustnessEvaluation;
import com.fintune.ml.explain.DecisionPolicy;
import com.fintune.ml.robustness.RobustnessHarness.Observed;
import com.fintune.ml.serving.EncoderScoringModel;
import com.fintune.ml.taxonomy.ReasonCategory;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The harness on the tiny fixture model: its arithmetic, and that it catches a case that does not hold. */
class RobustnessHarnessTest {

    private static EncoderScoringModel model;
    private final RobustnessHarness harness = new RobustnessHarness(DecisionPolicy.defaults());

    @BeforeAll
    static void load() throws Exception {
        Path fixtures = Path.of(System.getProperty("fintune.fixtures", "../shared/fixtures"));
        model = EncoderScoringModel.load("tiny-roberta", fixtures.resolve("tiny-roberta"),
                fixtures.resolve("roberta-base-tokenizer/tokenizer.json"), 128);
    }

    @AfterAll
    static void close() {
        model.close();
    }

    @Test
    void theReportCountsEveryCaseOnceAndItsRatesAddUp() throws Exception {
        RobustnessSet set = RobustnessSet.builtIn();
        RobustnessEvaluation r = harness.run(model, set);
        assertEquals(set.cases().size(), r.cases());
        assertEquals(r.cases(), r.kinds().stream().mapToInt(KindSummary::cases).sum());
        assertEquals(r.passed(), r.kinds().stream().mapToInt(KindSummary::passed).sum());
        assertEquals(r.cases() - r.passed(), r.failures().size());
        assertEquals((double) r.passed() / r.cases(), r.passRate(), 1e-12);
        for (KindSummary k : r.kinds()) {
            long inSet = set.cases().stream().filter(c -> c.kind() == k.kind()).count();
            long failed = r.failures().stream().filter(f -> f.kind() == k.kind()).count();
            assertEquals(inSet, k.cases(), k.kind().name());
            assertEquals(k.cases() - failed, k.passed(), k.kind().name());
            assertEquals(k.cases() == 0 ? 0 : (double) k.passed() / k.cases(), k.passRate(), 1e-12);
        }
        assertTrue(r.failures().stream().noneMatch(CaseResult::passed));
        String md = RobustnessSection.markdown(r);
        assertTrue(md.contains("| benign remark | APPROVE, no reason ≥ 0.5 | " + r.kind(CaseKind.BENIGN).cases()
                + " | " + r.kind(CaseKind.BENIGN).passed() + " |"), md);
        for (CaseResult f : r.failures()) {
            assertTrue(md.contains("| " + f.id() + " |"), f.id());
        }
        RobustnessEvaluation back = EvaluationJson.mapper().readValue(EvaluationJson.mapper().writeValueAsString(r),
                RobustnessEvaluation.class);
        assertEquals(r, back);
    }

    @Test
    void aWrongExpectationIsReportedAsAFailureAndTheRightOneAsAPass() throws Exception {
        String note = "Borrower had a chapter 7 bankruptcy discharged 14 months ago.";
        float[] p = observedProbabilities(note);
        int lowest = 0;
        int highest = 0;
        for (int k = 1; k < p.length; k++) {
            lowest = p[k] < p[lowest] ? k : lowest;
            highest = p[k] > p[highest] ? k : highest;
        }
        RobustnessEvaluation wrong = harness.run(model, set(caseLine("wrong", "paraphrase", note,
                "\"expect\":\"" + ReasonCategory.fromIndex(lowest).name() + "\"")));
        assertEquals(0, wrong.passed());
        assertEquals(1, wrong.failures().size());
        assertTrue(wrong.failures().get(0).observed().contains("ranked 12"), wrong.failures().get(0).observed());
        RobustnessEvaluation right = harness.run(model, set(caseLine("right", "paraphrase", note,
                "\"expect\":\"" + ReasonCategory.fromIndex(highest).name() + "\"")));
        assertEquals(1, right.passed());
        assertTrue(right.failures().isEmpty());
    }

    @Test
    void theChecksHoldAtTheirLimits() {
        float[] calm = new float[ReasonCategory.COUNT];
        Arrays.fill(calm, 0.1f);
        RobustnessCase benign = new RobustnessCase("b", CaseKind.BENIGN, "base", "VOE in file.", null, null, 0);
        assertTrue(RobustnessHarness.check(benign, observed("APPROVE", calm, 10), null).passed());
        assertFalse(RobustnessHarness.check(benign, observed("REFER", calm, 10), null).passed());
        assertFalse(RobustnessHarness.check(benign, observed("APPROVE", with(calm, 8, 0.5f), 10), null).passed());

        RobustnessCase prot = new RobustnessCase("p", CaseKind.PROTECTED, "base", "VOE in file. Title clear.", null,
                "Borrower is a 70-year-old widow.", 1);
        assertEquals("VOE in file. Borrower is a 70-year-old widow. Title clear.", prot.noteRead());
        Observed base = observed("APPROVE", calm, 10);
        assertTrue(RobustnessHarness.check(prot, observed("APPROVE", with(calm, 3, 0.119f), 11.9), base).passed());
        assertFalse(RobustnessHarness.check(prot, observed("APPROVE", with(calm, 3, 0.121f), 10), base).passed());
        assertFalse(RobustnessHarness.check(prot, observed("APPROVE", calm, 12.1), base).passed());
        assertFalse(RobustnessHarness.check(prot, observed("REFER", calm, 10), base).passed());
    }

    @Test
    void aBrokenSetIsRefusedWithTheLineNamed() {
        IOException e = assertThrows(IOException.class, () -> set(caseLine("x", "paraphrase", "Lates.",
                "\"expect\":\"LATENESS\"")));
        assertTrue(e.getMessage().contains("line 2") && e.getMessage().contains("LATENESS"), e.getMessage());
        IOException noBase = assertThrows(IOException.class, () -> RobustnessSet.read("s", new StringReader(
                caseLine("y", "benign", "Fine.", null).replace("\"base\":\"clean\"", "\"base\":\"other\""))));
        assertTrue(noBase.getMessage().contains("other"), noBase.getMessage());
    }

    private float[] observedProbabilities(String note) throws IOException {
        RobustnessSet s = set(caseLine("o", "benign", note, null));
        var app = s.bases().get("clean").toBuilder().underwriterNotes(note).build();
        return model.score(List.of(new com.fintune.ml.features.FeaturePipeline().extract(app))).get(0)
                .reasonProbabilities();
    }

    private static RobustnessSet set(String caseLine) throws IOException {
        RobustnessSet builtIn = RobustnessSet.builtIn();
        String base = EvaluationJson.mapper().createObjectNode().put("type", "base").put("name", "clean")
                .set("application", com.fintune.ml.data.ApplicationFiles.json().valueToTree(
                        builtIn.bases().get("purchase-salaried"))).toString();
        return RobustnessSet.read("probe", new StringReader(base + "\n" + caseLine + "\n"));
    }

    private static String caseLine(String id, String kind, String note, String extra) {
        return "{\"type\":\"case\",\"id\":\"" + id + "\",\"kind\":\"" + kind + "\",\"base\":\"clean\",\"note\":\""
                + note + "\"" + (extra == null ? "" : "," + extra) + "}";
    }

    private static Observed observed(String decision, float[] p, double risk) {
        return new Observed(decision, p, risk);
    }

    private static float[] with(float[] p, int index, float value) {
        float[] q = p.clone();
        q[index] = value;
        return q;
    }
}
