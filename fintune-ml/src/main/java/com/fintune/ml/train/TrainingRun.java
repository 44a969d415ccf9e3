package com.fintune.ml.train;

import com.fintune.ml.data.LabeledApplication;
import com.fintune.ml.eval.LabeledEvaluation;
import com.fintune.ml.features.ApplicationFeatures;
import com.fintune.ml.features.FeaturePipeline;
import com.fintune.ml.model.RobertaConfig;
import com.fintune.ml.model.StructuredInputs;
import com.fintune.ml.model.TextView;
import com.fintune.ml.model.checkpoint.BaseModel;
import com.fintune.ml.model.checkpoint.Checkpoint;
import com.fintune.ml.model.checkpoint.LoadOptions;
import com.fintune.ml.model.checkpoint.ModelWeights;
import com.fintune.ml.model.checkpoint.SafeTensors;
import com.fintune.ml.model.checkpoint.TensorDType;
import com.fintune.ml.tokenizer.RobertaTokenizer;
import com.fintune.ml.tokenizer.TextTokenizer;
import com.fintune.ml.tokenizer.TextTokenizers;
import com.fintune.ml.train.batch.EncodedExample;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A whole training run from a {@link TrainingConfig}: data, split, tokenizer and starting weights (an imported
 * checkpoint, or a new model of the configured shape) whose heads read the structured inputs too when the config
 * says so, masked-language-model pre-training for a new model,
 * fine-tuning with the best checkpoint exported to {@code modelDir}, and the config and history recorded beside it.
 * Re-running the same command after a kill resumes from the last resume point in {@code workDir}.
 */
public final class TrainingRun {
    public static final String CONFIG_FILE = "training-config.json";
    public static final String HISTORY_FILE = "training-history.json";

    private final TrainingConfig config;
    private final Path baseDir;
    private final PrintStream log;

    /** @param baseDir directory relative paths in the config are resolved against */
    public TrainingRun(TrainingConfig config, Path baseDir, PrintStream log) {
        this.config = config;
        this.baseDir = baseDir;
        this.log = log;
    }

    public TrainingState run(Path modelDir, Path workDir) throws IOException {
        Files.createDirectories(workDir);
        Files.createDirectories(modelDir);
        TrainingConfigJson.write(workDir.resolve(CONFIG_FILE), config);
        StartingPoint start = startingPoint();
        TextTokenizer tokenizer = TextTokenizers.read(start.tokenizerJson());
        FeaturePipeline pipeline = new FeaturePipeline();
        List<LabeledApplication> apps = load();
        TrainingData.Split split = TrainingData.split(apps, config.validationShare(), config.seed());
        ModelWeights weights = start.weights();
        if (config.structuredInputs()) {
            weights = withStructuredInputs(weights, split.train(), pipeline);
        } else if (weights.config().structuredCount() > 0) {
            throw new IOException(config.initCheckpoint() + " reads structured inputs; set structuredInputs to true");
        }
        if (config.text() != null) {
            weights = weights.withConfig(TextView.parse(config.text()).applyTo(weights.config()));
        }
        int maxLength = Math.min(config.maxLength(), weights.config().maxSequenceLength());
        StructuredInputs structured = weights.config().structured();
        TextView view = TextView.of(weights.config());
        List<EncodedExample> train = TrainingData.encode(split.train(), pipeline, tokenizer, maxLength, structured,
                view);
        List<EncodedExample> validation = TrainingData.encode(split.validation(), pipeline, tokenizer, maxLength,
                structured, view);
        if (config.initCheckpoint() == null) {
            FanInInitialization.apply(weights, config.seed());
            startAtThePrior(weights, train);
        } else if (!start.hadHeads()) {
            // a pre-trained encoder without FinTune's heads (e.g. import-base): new heads start as a new model's do
            FanInInitialization.applyToHeads(weights, config.seed());
            startAtThePrior(weights, train);
        }
        log.printf("data: %d training, %d validation applications; max %d tokens of the %s text; %s; model %s%n",
                train.size(), validation.size(), maxLength, view.configName(), structured == null ? "text only"
                        : "text + " + structured.count() + " structured inputs", describe(weights));
        if (config.initCheckpoint() == null && config.pretrain().epochs() > 0) {
            if (!(tokenizer instanceof RobertaTokenizer bpe)) {
                throw new IOException("pre-training from scratch needs a RoBERTa (BPE) tokenizer.json");
            }
            new Pretraining(config, bpe, log).run(weights,
                    train.stream().map(EncodedExample::tokenIds).toList(), workDir);
        }
        FineTuneSettings ft = config.fineTune();
        FineTuner tuner = new FineTuner(ft, config.seed(), start.tokenizerJson(),
                TensorDType.valueOf(config.exportDtype()), tokenizer.padId(), log);
        TrainingState state = tuner.run(weights, train, validation, modelDir, workDir);
        if (start.base() != null && Files.isRegularFile(modelDir.resolve(Checkpoint.WEIGHTS_FILE))) {
            // the exported model references the same base: model.safetensors keeps only what training changed
            Checkpoint.load(modelDir).withBase(start.base()).save(modelDir, TensorDType.valueOf(config.exportDtype()));
        }
        TrainingConfigJson.write(modelDir.resolve(CONFIG_FILE), config);
        com.fintune.ml.eval.EvaluationJson.mapper().writeValue(modelDir.resolve(HISTORY_FILE).toFile(), state);
        log.printf("done: best validation macro-F1 %.4f at epoch %d; model in %s%n", state.bestMacroF1(),
                state.bestEpoch(), modelDir);
        return state;
    }

    /**
     * A starting point that already reads this build's structured inputs keeps its statistics (its heads learned
     * on them); any other gets statistics fitted on the training split and zero columns for them in its heads.
     */
    private static ModelWeights withStructuredInputs(ModelWeights weights, List<LabeledApplication> train,
                                                     FeaturePipeline pipeline) throws IOException {
        StructuredInputs existing = weights.config().structured();
        if (existing == null) {
            return weights.withStructuredInputs(TrainingData.fitStructuredInputs(train, pipeline));
        }
        if (!existing.names().equals(ApplicationFeatures.tabularNames())) {
            throw new IOException("the starting checkpoint reads structured inputs " + existing.names()
                    + ", not the ones this build's feature pipeline computes");
        }
        return weights;
    }

    /**
     * Sets the output biases of a new model's heads to the training split's log-odds of each reason and of the mean
     * risk, so training starts from the prior instead of spending its first hundreds of steps finding it.
     */
    static void startAtThePrior(ModelWeights weights, List<EncodedExample> train) {
        int k = weights.config().labels().size();
        double[] positives = new double[k];
        double risk = 0;
        for (EncodedExample e : train) {
            for (int c = 0; c < k; c++) positives[c] += e.reasons()[c];
            risk += e.riskTarget() / 100.0;
        }
        float[] bias = new float[k];
        for (int c = 0; c < k; c++) bias[c] = (float) logit(positives[c] / train.size());
        weights.get("reasons_head.out_proj.bias").assign(org.nd4j.linalg.factory.Nd4j.createFromArray(bias));
        weights.get("risk_head.out_proj.bias").assign(logit(risk / train.size()));
    }

    private static double logit(double p) {
        double q = Math.min(0.999, Math.max(0.001, p));
        return Math.log(q / (1 - q));
    }

    private List<LabeledApplication> load() throws IOException {
        try {
            return TrainingData.load(config, baseDir);
        } catch (com.fintune.ml.data.ApplicationFileException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /** The weights and tokenizer a run starts from. */
    /** @param base the frozen base the init checkpoint references ({@code base-model.json}), or null */
    /** @param hadHeads whether the starting checkpoint brought FinTune's heads (false: initialised at load) */
    record StartingPoint(ModelWeights weights, byte[] tokenizerJson, BaseModel base, boolean hadHeads) {
        StartingPoint(ModelWeights weights, byte[] tokenizerJson) {
            this(weights, tokenizerJson, null, true);
        }
    }

    StartingPoint startingPoint() throws IOException {
        if (config.initCheckpoint() != null) {
            Path dir = baseDir.resolve(config.initCheckpoint());
            Checkpoint c = Checkpoint.load(dir, LoadOptions.encoderOnly(config.seed()));
            Path file = dir.resolve(Checkpoint.WEIGHTS_FILE);
            boolean hadHeads = Files.isRegularFile(file)
                    && SafeTensors.read(file).keySet().stream().anyMatch(n -> n.contains("_head."));
            if (c.tokenizerJson() != null) {
                return new StartingPoint(c.weights(), c.tokenizerJson(), c.base(), hadHeads);
            }
            if (config.tokenizer() == null) {
                throw new IOException(config.initCheckpoint() + " has no " + Checkpoint.TOKENIZER_FILE
                        + "; name one with 'tokenizer' (--tokenizer)");
            }
            return new StartingPoint(c.weights(), Files.readAllBytes(baseDir.resolve(config.tokenizer())), c.base(),
                    hadHeads);
        }
        if (config.tokenizer() == null) {
            throw new IOException("a new model needs a tokenizer: set 'tokenizer' (a tokenizer.json)");
        }
        byte[] tokenizerJson = Files.readAllBytes(baseDir.resolve(config.tokenizer()));
        RobertaTokenizer tokenizer = RobertaTokenizer.read(new ByteArrayInputStream(tokenizerJson));
        ModelShape s = config.shape();
        RobertaConfig rc = RobertaConfig.ofShape(tokenizer.vocabSize(), s.hiddenSize(), s.layers(),
                s.attentionHeads(), s.intermediateSize(), s.maxPositions(), LabeledEvaluation.categoryNames());
        return new StartingPoint(ModelWeights.random(rc, config.seed()), tokenizerJson);
    }

    private static String describe(ModelWeights w) {
        RobertaConfig c = w.config();
        return String.format("hidden %d, %d layers, %d heads, %,d parameters", c.hiddenSize(), c.numHiddenLayers(),
                c.numAttentionHeads(), w.parameterCount());
    }
}
