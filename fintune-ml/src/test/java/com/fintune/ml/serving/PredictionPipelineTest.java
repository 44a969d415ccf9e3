package com.fintune.ml.serving;

import com.fintune.ml.data.LoanApplication;
import com.fintune.ml.data.ValidationException;
import com.fintune.ml.explain.DecisionPolicy;
import com.fintune.ml.explain.Explainer;
import com.fintune.ml.features.ApplicationFeatures;
import com.fintune.ml.features.FeaturePipeline;
import com.fintune.ml.taxonomy.ReasonCategory;
import com.fintune.ml.underwriting.ProductOffer;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PredictionPipelineTest {

    /** Scores every text the same way: DTI likely, risk high; records what it was asked. */
    private static final class FixedModel implements ScoringModel {
        final List<String> seen = new ArrayList<>();

        @Override
        public String version() {
            return "fixed@000000000000";
        }

        @Override
        public List<ModelScores> score(List<ApplicationFeatures> texts) {
            texts.forEach(f -> seen.add(f.combinedText()));
            float[] p = new float[ReasonCategory.COUNT];
            p[ReasonCategory.DTI.index()] = 0.93f;
            p[ReasonCategory.INCOME.index()] = 0.41f;
            return texts.stream().map(t -> new ModelScores(p, 76.456)).toList();
        }
    }

    private final PredictionPipeline pipeline = new PredictionPipeline(new FeaturePipeline(),
            new Explainer(DecisionPolicy.defaults()));

    @Test
    void answersWithTheExplainedDecision() {
        FixedModel model = new FixedModel();
        PredictionAnswer a = pipeline.predict(model, List.of(SampleApplications.stretched()),
                ProductOffer.builtIn()).get(0);
        assertEquals(1, model.seen.size());
        assertTrue(model.seen.get(0).contains("auto loans"), "the encoder reads the notes: " + model.seen.get(0));
        assertEquals("DENY", a.decision());
        assertEquals(76.46, a.riskScore());
        assertEquals("DTI", a.reasons().get(0).name());
        assertEquals(1, a.reasons().get(0).hmdaCode());
        assertEquals(2, a.reasons().size());
        assertEquals(12, a.probabilities().size());
        assertEquals(0.93, a.probabilities().get("DTI"), 1e-6);
        assertTrue(a.riskSummary().contains("Debt-to-income ratio of 47.2% exceeds the 45% limit."), a.riskSummary());
        assertEquals("maxLoanAmount", a.recommendations().get(0).targetName());
        assertEquals("fixed@000000000000", a.modelVersion());
    }

    @Test
    void anInvalidApplicationIsRefusedFieldByFieldBeforeTheModel() {
        FixedModel model = new FixedModel();
        LoanApplication bad = SampleApplications.stretched().toBuilder().creditScore(900).dtiPercent(-3.0)
                .underwriterNotes("x".repeat(5000)).build();
        ValidationException e = assertThrows(ValidationException.class,
                () -> pipeline.predict(model, List.of(bad), List.of()));
        assertEquals(List.of("creditScore", "dtiPercent", "underwriterNotes"), List.copyOf(e.byField().keySet()));
        assertTrue(model.seen.isEmpty());
    }

    @Test
    void scoresSurviveTheCacheEncodingExactly() {
        float[] p = new float[12];
        for (int i = 0; i < 12; i++) {
            p[i] = (float) Math.sqrt(i / 13.0);
        }
        ModelScores s = new ModelScores(p, 63.123456789);
        ModelScores back = ModelScores.decode(s.encode());
        assertArrayEquals(p, back.reasonProbabilities());
        assertEquals(63.123456789, back.riskScore());
    }

    @Test
    void theCacheKeyChangesWithTheModelVersionAndTheInput() {
        String in = FeatureKey.inputHash(pipeline.features(SampleApplications.stretched()));
        String other = FeatureKey.inputHash(pipeline.features(SampleApplications.stretched().toBuilder()
                .creditScore(701).build()));
        assertNotEquals(in, other);
        assertEquals(in, FeatureKey.inputHash(pipeline.features(SampleApplications.stretched())));
        assertNotEquals(FeatureKey.cacheKey(in, "m@1"), FeatureKey.cacheKey(in, "m@2"));
    }
}
