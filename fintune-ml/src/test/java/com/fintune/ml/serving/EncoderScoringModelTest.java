package com.fintune.ml.serving;

import com.fintune.ml.explain.DecisionPolicy;
import com.fintune.ml.explain.Explainer;
import com.fintune.ml.features.ApplicationFeatures;
import com.fintune.ml.features.FeaturePipeline;
import com.fintune.ml.model.StructuredInputs;
import com.fintune.ml.underwriting.ProductOffer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The tiny fixture checkpoint served through the scoring model: batching changes nothing, versions are stable. */
class EncoderScoringModelTest {

    private static EncoderScoringModel model;

    static Path fixtures() {
        return Path.of(System.getProperty("fintune.fixtures", "../shared/fixtures"));
    }

    @BeforeAll
    static void load() throws Exception {
        model = EncoderScoringModel.load("tiny-roberta", fixtures().resolve("tiny-roberta"),
                fixtures().resolve("roberta-base-tokenizer/tokenizer.json"), 128);
    }

    @AfterAll
    static void close() {
        model.close();
    }

    @Test
    void aBatchScoresEachTextAsIfAlone() {
        FeaturePipeline features = new FeaturePipeline();
        List<ApplicationFeatures> texts = List.of(
                features.extract(SampleApplications.stretched("Borrower carries two auto loans; DTI over guideline.")),
                features.extract(SampleApplications.stretched("Short.")),
                features.extract(SampleApplications.stretched(
                        "Applicant has 12 years with the same employer and 40% down. ".repeat(20))));
        List<ModelScores> together = model.score(texts);
        for (int i = 0; i < texts.size(); i++) {
            ModelScores alone = model.score(List.of(texts.get(i))).get(0);
            assertArrayEquals(alone.reasonProbabilities(), together.get(i).reasonProbabilities(), 1e-5f);
            assertEquals(alone.riskScore(), together.get(i).riskScore(), 1e-3);
            for (float p : alone.reasonProbabilities()) {
                assertTrue(p > 0 && p < 1);
            }
            assertTrue(alone.riskScore() > 0 && alone.riskScore() < 100);
        }
        assertEquals(128, model.maxLength(), "the position table of 130 leaves 128 tokens");
    }

    @Test
    void theVersionIsAFingerprintOfTheFiles() throws Exception {
        assertTrue(model.version().matches("tiny-roberta@[0-9a-f]{12}\\+[0-9a-f]{6}"), model.version());
        EncoderScoringModel again = EncoderScoringModel.load("tiny-roberta", fixtures().resolve("tiny-roberta"),
                fixtures().resolve("roberta-base-tokenizer/tokenizer.json"), 64);
        assertEquals(model.version(), again.version());
    }

    @Test
    void theWholePipelineAnswersFromTheModelsOwnNumbers() {
        PredictionPipeline pipeline = new PredictionPipeline(new FeaturePipeline(),
                new Explainer(DecisionPolicy.defaults()));
        PredictionAnswer a = pipeline.predict(model, List.of(SampleApplications.stretched()),
                ProductOffer.builtIn()).get(0);
        ModelScores direct = model.score(List.of(new FeaturePipeline().extract(SampleApplications.stretched()))).get(0);
        assertEquals(Math.round(direct.riskScore() * 100) / 100.0, a.riskScore(), 1e-9);
        assertEquals(direct.reasonProbabilities()[0], a.probabilities().get("DTI"), 1e-4);
        assertTrue(a.latencyMs() > 0);
    }

    @Test
    void aModelTrainedOnOtherStructuredColumnsThanThisBuildComputesIsRefused() throws Exception {
        StructuredInputs other = new StructuredInputs(List.of("x"), new double[]{0}, new double[]{1});
        java.io.IOException e = org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class,
                () -> EncoderScoringModel.requireKnownInputs(other, Path.of("m")));
        assertTrue(e.getMessage().contains("[x]"), e.getMessage());
        EncoderScoringModel.requireKnownInputs(null, Path.of("m"));
        EncoderScoringModel.requireKnownInputs(StructuredInputs.fit(ApplicationFeatures.tabularNames(),
                List.of(new double[ApplicationFeatures.tabularNames().size()])), Path.of("m"));
    }
}
