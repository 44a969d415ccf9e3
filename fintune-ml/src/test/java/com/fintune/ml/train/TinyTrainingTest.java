package com.fintune.ml.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fintune.ml.data.LabeledApplication;
import com.fintune.ml.data.generator.GeneratorOptions;
import com.fintune.ml.data.generator.SyntheticLender;
import com.fintune.ml.eval.LabeledEvaluation;
import com.fintune.ml.features.FeaturePipeline;
import com.fintune.ml.model.ModelOutput;
import com.fintune.ml.model.RobertaConfig;
import com.fintune.ml.model.StructuredInputs;
import com.fintune.ml.model.RobertaEncoder;
import com.fintune.ml.model.checkpoint.Checkpoint;
import com.fintune.ml.model.checkpoint.ModelWeights;
import com.fintune.ml.model.checkpoint.TensorDType;
import com.fintune.ml.tokenizer.RobertaTokenizer;
import com.fintune.ml.train.batch.EncodedExample;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole fine-tuning path on a tiny model in seconds: it learns, exports, reloads, and resumes exactly. */
class TinyTrainingTest {
    private static RobertaTokenizer tokenizer;
    private static byte[] tokenizerJson;
    private static List<EncodedExample> train;
    private static List<EncodedExample> validation;
    private static StructuredInputs structured;

    @BeforeAll
    static void data() throws Exception {
        Path file = Path.of(System.getProperty("fintune.fixtures"), "roberta-base-tokenizer", "tokenizer.json");
        tokenizerJson = Files.readAllBytes(file);
        tokenizer = RobertaTokenizer.load(file);
        List<LabeledApplication> apps = new SyntheticLender(GeneratorOptions.withSeed(5)).generate(48);
        TrainingData.Split split = TrainingData.split(apps, 0.25, 1);
        FeaturePipeline pipeline = new FeaturePipeline();
        structured = TrainingData.fitStructuredInputs(split.train(), pipeline);
        train = TrainingData.encode(split.train(), pipeline, tokenizer, 64, structured);
        validation = TrainingData.encode(split.validation(), pipeline, tokenizer, 64, structured);
    }

    /** A tiny model whose heads read the structured inputs too, as the shipped model's do. */
    static ModelWeights tinyModel() {
        return ModelWeights.random(RobertaConfig.ofShape(tokenizer.vocabSize(), 16, 1, 2, 32, 66,
                LabeledEvaluation.categoryNames()), 3).withStructuredInputs(structured);
    }

    static FineTuneSettings settings(int epochs, double dropout) {
        return new FineTuneSettings(epochs, 12, 3e-3, 0.01, 0.1, 1.0, dropout, 1.0, 2.0, 5, 0.5, 2, 2);
    }

    private static FineTuner tuner(int epochs, PrintStream log) {
        return tuner(epochs, 0.1, log);
    }

    private static FineTuner tuner(int epochs, double dropout, PrintStream log) {
        return new FineTuner(settings(epochs, dropout), 11, tokenizerJson, TensorDType.F32, tokenizer.padId(), log);
    }

    @Test
    void lossFallsAndTheExportedCheckpointReloadsIdentical(@TempDir Path dir) throws Exception {
        ModelWeights weights = tinyModel();
        TrainingState state = tuner(4, new PrintStream(new ByteArrayOutputStream()))
                .run(weights, train, validation, dir.resolve("model"), dir.resolve("work"));
        List<TrainingState.EpochSummary> h = state.history();
        assertEquals(4, h.size());
        assertTrue(h.get(3).trainLoss() < h.get(0).trainLoss(), "training loss falls: " + h);
        Checkpoint exported = Checkpoint.load(dir.resolve("model"));
        assertArrayEquals(tokenizerJson, exported.tokenizerJson());
        RobertaEncoder reloaded = new RobertaEncoder(exported.weights());
        Checkpoint again = Checkpoint.load(dir.resolve("model"));
        again.save(dir.resolve("copy"), TensorDType.F32);
        RobertaEncoder copy = new RobertaEncoder(Checkpoint.load(dir.resolve("copy")).weights());
        assertEquals(structured, exported.config().structured(), "config.json keeps the structured inputs");
        List<int[]> ids = validation.stream().map(EncodedExample::tokenIds).toList();
        List<float[]> inputs = FineTuner.structured(validation);
        int[] rows = {0, 1, 2, 3};
        ModelOutput a = reloaded.forward(EncoderScoring.pad(ids, inputs, rows, tokenizer.padId()));
        ModelOutput b = copy.forward(EncoderScoring.pad(ids, inputs, rows, tokenizer.padId()));
        for (int i = 0; i < rows.length; i++) {
            assertArrayEquals(a.reasonLogits()[i], b.reasonLogits()[i], 0f);
        }
        assertArrayEquals(a.riskScores(), b.riskScores(), 0f);
    }

    @Test
    void aStoppedRunResumesToTheSameWeights(@TempDir Path dir) throws Exception {
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream());
        ModelWeights straight = tinyModel();
        tuner(2, quiet).run(straight, train, validation, dir.resolve("a"), dir.resolve("a-work"));
        ModelWeights interrupted = tinyModel();
        TrainingState stopped = tuner(2, quiet).stopAfter(2)
                .run(interrupted, train, validation, dir.resolve("b"), dir.resolve("b-work"));
        assertEquals(2, stopped.step());
        assertEquals(0, stopped.history().size());
        TrainingState resumed = tuner(2, quiet).run(tinyModel(), train, validation, dir.resolve("b"),
                dir.resolve("b-work"));
        assertEquals(6, resumed.step());
        ModelWeights finalB = ResumePoint.weights(dir.resolve("b-work"), FineTuner.PHASE);
        ModelWeights finalA = ResumePoint.weights(dir.resolve("a-work"), FineTuner.PHASE);
        for (String name : finalA.arrays().keySet()) {
            assertTrue(finalA.get(name).equalsWithEps(finalB.get(name), 1e-6), name + " differs after resume");
        }
    }
}
