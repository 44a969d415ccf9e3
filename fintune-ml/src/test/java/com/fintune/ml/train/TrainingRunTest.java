package com.fintune.ml.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fintune.ml.data.generator.GeneratorOptions;
import com.fintune.ml.data.generator.SyntheticLender;
import com.fintune.ml.explain.DecisionPolicy;
import com.fintune.ml.explain.Explainer;
import com.fintune.ml.features.ApplicationFeatures;
import com.fintune.ml.features.FeaturePipeline;
import com.fintune.ml.model.checkpoint.Checkpoint;
import com.fintune.ml.model.checkpoint.LoadOptions;
import com.fintune.ml.serving.EncoderScoringModel;
import com.fintune.ml.serving.PredictionAnswer;
import com.fintune.ml.serving.PredictionPipeline;
import com.fintune.ml.underwriting.ProductOffer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Starting point (1) of the issue: a real Hugging Face checkpoint (the fixtures' tiny RoBERTa, safetensors +
 * config.json, with roberta-base's tokenizer.json) fine-tuned end to end by {@link TrainingRun}, then served.
 */
class TrainingRunTest {
    private static final Path FIXTURES = Path.of(System.getProperty("fintune.fixtures"));

    private static TrainingConfig config(boolean structured) {
        TrainingConfig d = TrainingConfig.defaults();
        return new TrainingConfig(null, 9, 120, 0.2, FIXTURES.resolve("tiny-roberta").toString(),
                FIXTURES.resolve("roberta-base-tokenizer/tokenizer.json").toString(), d.shape(), 48,
                d.pretrain(), new FineTuneSettings(1, 16, 1e-3, 0.01, 0.1, 1.0, 0.1, 1.0, 2.0, 2, 0.5, 2, 100),
                5, "F32", structured, null);
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void fineTunesAnImportedHuggingFaceCheckpointAndTheResultServes(boolean structured, @TempDir Path dir)
            throws Exception {
        Path model = dir.resolve("model");
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        TrainingState state = new TrainingRun(config(structured), Path.of("."), new PrintStream(log))
                .run(model, dir.resolve("work"));
        assertEquals(1, state.history().size(), log.toString());
        assertTrue(log.toString().contains(structured ? "text + 79 structured inputs" : "text only"), log.toString());

        Checkpoint before = Checkpoint.load(FIXTURES.resolve("tiny-roberta"), LoadOptions.encoderOnly(1));
        Checkpoint after = Checkpoint.load(model);
        String query = "encoder.layer.0.attention.self.query.weight";
        assertNotEquals(before.weights().get(query), after.weights().get(query), "the encoder itself was tuned");
        if (structured) {
            assertEquals(ApplicationFeatures.tabularNames(), after.config().structured().names());
            assertEquals(32 + ApplicationFeatures.tabularNames().size(),
                    after.weights().get("risk_head.dense.weight").size(1));
        } else {
            assertNull(after.config().structured());
        }

        try (EncoderScoringModel served = EncoderScoringModel.load("tuned", model, null, 48)) {
            PredictionAnswer a = new PredictionPipeline(new FeaturePipeline(), new Explainer(DecisionPolicy.defaults()))
                    .predict(served, List.of(new SyntheticLender(GeneratorOptions.withSeed(3)).generate(1).get(0)
                            .application()), ProductOffer.builtIn()).get(0);
            assertTrue(a.riskScore() > 0 && a.riskScore() < 100, "risk " + a.riskScore());
        }
    }
}
