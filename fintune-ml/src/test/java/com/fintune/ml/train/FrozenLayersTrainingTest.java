package com.fintune.ml.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fintune.ml.data.LabeledApplication;
import com.fintune.ml.data.generator.GeneratorOptions;
import com.fintune.ml.data.generator.SyntheticLender;
import com.fintune.ml.eval.ReasonScores;
import com.fintune.ml.features.ApplicationFeatures;
import com.fintune.ml.features.FeaturePipeline;
import com.fintune.ml.model.StructuredInputs;
import com.fintune.ml.model.TinyRoberta;
import com.fintune.ml.model.checkpoint.Checkpoint;
import com.fintune.ml.model.checkpoint.LoadOptions;
import com.fintune.ml.model.checkpoint.ModelWeights;
import com.fintune.ml.model.checkpoint.TensorDType;
import com.fintune.ml.model.predict.Prediction;
import com.fintune.ml.model.predict.Predictor;
import com.fintune.ml.model.predict.PredictorInput;
import com.fintune.ml.model.predict.PredictorSettings;
import com.fintune.ml.tokenizer.RobertaTokenizer;
import com.fintune.ml.train.batch.EncodedExample;
import com.fintune.ml.train.step.UpperLayersStep;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fine-tuning with frozen lower layers on the fixtures' tiny RoBERTa (2 layers, heads initialised, structured inputs
 * added): the frozen tensors come out bit-identical, the loss falls, the exported checkpoint served by {@link
 * Predictor} gives the validation scores the trainer reported, and a stopped run resumes to the same weights.
 */
class FrozenLayersTrainingTest {
    private static byte[] tokenizerJson;
    private static RobertaTokenizer tokenizer;
    private static StructuredInputs structured;
    private static TrainingData.Split split;
    private static List<EncodedExample> train;
    private static List<EncodedExample> validation;
    private static final FeaturePipeline PIPELINE = new FeaturePipeline();

    @BeforeAll
    static void data() throws Exception {
        Path file = Path.of(System.getProperty("fintune.fixtures"), "roberta-base-tokenizer", "tokenizer.json");
        tokenizerJson = Files.readAllBytes(file);
        tokenizer = RobertaTokenizer.load(file);
        List<LabeledApplication> apps = new SyntheticLender(GeneratorOptions.withSeed(8)).generate(64);
        split = TrainingData.split(apps, 0.25, 2);
        structured = TrainingData.fitStructuredInputs(split.train(), PIPELINE);
        train = TrainingData.encode(split.train(), PIPELINE, tokenizer, 64, structured);
        validation = TrainingData.encode(split.validation(), PIPELINE, tokenizer, 64, structured);
    }

    private static ModelWeights tinyRoberta() {
        return Checkpoint.load(TinyRoberta.dir(), LoadOptions.encoderOnly(6)).weights()
                .withStructuredInputs(structured);
    }

    private static FineTuner tuner(int epochs, PrintStream log) {
        FineTuneSettings s = new FineTuneSettings(epochs, 12, 3e-3, 0.01, 0.1, 1.0, 0.1, 1.0, 2.0, 5, 0.5, 2, 2)
                .withFrozenLayers(1);
        return new FineTuner(s, 11, tokenizerJson, TensorDType.F32, tokenizer.padId(), log);
    }

    @Test
    void frozenTensorsStayBitIdenticalAndServingGivesTheReportedValidation(@TempDir Path dir) throws Exception {
        ModelWeights weights = tinyRoberta();
        Map<String, float[]> before = new LinkedHashMap<>();
        weights.arrays().forEach((name, a) -> before.put(name, a.dup().data().asFloat()));
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        FineTuner tuner = tuner(4, new PrintStream(log));
        TrainingState state = tuner.run(weights, train, validation, dir.resolve("model"), dir.resolve("work"));
        String text = log.toString();
        assertTrue(text.contains("frozen-layer cache (training): 48/48 examples"), text);
        List<TrainingState.EpochSummary> h = state.history();
        assertEquals(4, h.size());
        assertTrue(h.get(3).trainLoss() < h.get(0).trainLoss(), "training loss falls: " + h);

        Checkpoint exported = Checkpoint.load(dir.resolve("model"));
        int frozen = 0;
        int trained = 0;
        for (Map.Entry<String, float[]> e : before.entrySet()) {
            float[] after = exported.weights().get(e.getKey()).dup().data().asFloat();
            if (UpperLayersStep.isTrainable(e.getKey(), 1)) {
                trained += java.util.Arrays.equals(e.getValue(), after) ? 0 : 1;
            } else {
                assertArrayEquals(e.getValue(), after, 0f, e.getKey() + " is frozen");
                frozen++;
            }
        }
        assertTrue(frozen >= 20, "embeddings and layer 0 checked: " + frozen);
        assertTrue(trained >= 16, "layer 1 and the heads were trained: " + trained);
        assertFalse(UpperLayersStep.isTrainable("encoder.layer.0.output.dense.weight", 1));
        assertTrue(UpperLayersStep.isTrainable("encoder.layer.1.output.dense.weight", 1));

        Predictor served = Predictor.load(dir.resolve("model"), new PredictorSettings(5, 64, 0, false));
        List<PredictorInput> inputs = split.validation().stream().map(a -> {
            ApplicationFeatures f = PIPELINE.extract(a.application());
            return new PredictorInput(f.combinedText(), f.tabularVector());
        }).toList();
        List<Prediction> predictions = served.predictInputs(inputs, java.util.EnumSet.noneOf(
                com.fintune.ml.model.ExtraOutput.class));
        EncoderScoring.Scores reported = tuner.bestValidation();
        double[][] servedProbabilities = new double[predictions.size()][];
        for (int i = 0; i < predictions.size(); i++) {
            float[] p = predictions.get(i).reasonProbabilities();
            servedProbabilities[i] = new double[p.length];
            for (int c = 0; c < p.length; c++) servedProbabilities[i][c] = p[c];
            assertArrayEquals(reported.probabilities()[i], servedProbabilities[i], 1e-4, "application " + i);
            assertEquals(reported.risk()[i], predictions.get(i).riskScore(), 1e-4, "risk of application " + i);
        }
        double servedF1 = ReasonScores.compute(servedProbabilities, FineTuner.truth(validation), 0.5,
                exported.config().labels()).macroF1();
        assertEquals(state.bestMacroF1(), servedF1, 1e-9, "served macro-F1 equals the reported best");
    }

    @Test
    void aStoppedFrozenRunResumesToTheSameWeights(@TempDir Path dir) throws Exception {
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream());
        tuner(2, quiet).run(tinyRoberta(), train, validation, dir.resolve("a"), dir.resolve("a-work"));
        TrainingState stopped = tuner(2, quiet).stopAfter(3)
                .run(tinyRoberta(), train, validation, dir.resolve("b"), dir.resolve("b-work"));
        assertEquals(3, stopped.step());
        TrainingState resumed = tuner(2, quiet).run(tinyRoberta(), train, validation, dir.resolve("b"),
                dir.resolve("b-work"));
        assertEquals(8, resumed.step());
        ModelWeights a = ResumePoint.weights(dir.resolve("a-work"), FineTuner.PHASE);
        ModelWeights b = ResumePoint.weights(dir.resolve("b-work"), FineTuner.PHASE);
        for (String name : a.arrays().keySet()) {
            assertTrue(a.get(name).equalsWithEps(b.get(name), 1e-6), name + " differs after resume");
        }
    }

    /** A checkpoint without FinTune heads (as {@code import-base} writes) starts a frozen run with structured inputs. */
    @Test
    void aRunFromABaseCheckpointWithoutHeadsTrainsWithFrozenLayers(@TempDir Path dir) throws Exception {
        Path fixtures = Path.of(System.getProperty("fintune.fixtures"));
        TrainingConfig d = TrainingConfig.defaults();
        TrainingConfig config = new TrainingConfig(null, 9, 100, 0.2, TinyRoberta.dir().toString(),
                fixtures.resolve("roberta-base-tokenizer/tokenizer.json").toString(), d.shape(), 48, d.pretrain(),
                new FineTuneSettings(1, 16, 1e-3, 0.01, 0.1, 1.0, 0.1, 1.0, 2.0, 2, 0.5, 2, 100).withFrozenLayers(2),
                5, "F32", true, null);
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        TrainingState state = new TrainingRun(config, Path.of("."), new PrintStream(log))
                .run(dir.resolve("model"), dir.resolve("work"));
        assertEquals(1, state.history().size(), log.toString());
        assertTrue(log.toString().contains("frozen-layer cache (training): 80/80 examples"), log.toString());
        Checkpoint after = Checkpoint.load(dir.resolve("model"));
        assertEquals(32 + ApplicationFeatures.tabularNames().size(),
                after.weights().get("risk_head.dense.weight").size(1));
        ModelWeights base = Checkpoint.load(TinyRoberta.dir(), LoadOptions.encoderOnly(1)).weights();
        assertArrayEquals(base.get("encoder.layer.1.output.dense.weight").dup().data().asFloat(),
                after.weights().get("encoder.layer.1.output.dense.weight").dup().data().asFloat(), 0f,
                "with every layer frozen only the heads train");
        assertEquals(2, TrainingConfigJson.read(dir.resolve("model").resolve(TrainingRun.CONFIG_FILE))
                .fineTune().frozenLayers(), "the recorded config keeps frozenLayers");
    }

    /** A new model: masked-LM pre-training (whole graph) then fine-tuning with its lower layer frozen. */
    @Test
    void aNewModelPretrainsThenFineTunesWithAFrozenLayer(@TempDir Path dir) throws Exception {
        Path fixtures = Path.of(System.getProperty("fintune.fixtures"));
        TrainingConfig config = new TrainingConfig(null, 4, 100, 0.2, null,
                fixtures.resolve("roberta-base-tokenizer/tokenizer.json").toString(),
                new com.fintune.ml.train.ModelShape(16, 2, 2, 32, 66), 48, new PretrainSettings(1, 16, 1e-3, 0.15, 3),
                new FineTuneSettings(1, 16, 1e-3, 0.01, 0.1, 1.0, 0.1, 1.0, 2.0, 2, 0.5, 2, 100).withFrozenLayers(1),
                5, "F32", true);
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        TrainingState state = new TrainingRun(config, Path.of("."), new PrintStream(log))
                .run(dir.resolve("model"), dir.resolve("work"));
        assertEquals(1, state.history().size(), log.toString());
        assertTrue(log.toString().contains("frozen-layer cache (validation): 20/20 examples"), log.toString());
    }
}
