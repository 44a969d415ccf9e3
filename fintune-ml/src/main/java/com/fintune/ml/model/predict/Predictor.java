package com.fintune.ml.model.predict;

import com.fintune.ml.model.ComputeThreads;
import com.fintune.ml.model.ExtraOutput;
import com.fintune.ml.model.ModelOutput;
import com.fintune.ml.model.RobertaConfig;
import com.fintune.ml.model.RobertaEncoder;
import com.fintune.ml.model.StructuredInputs;
import com.fintune.ml.model.TokenBatch;
import com.fintune.ml.model.checkpoint.Checkpoint;
import com.fintune.ml.tokenizer.EncodedBatch;
import com.fintune.ml.tokenizer.TextTokenizer;
import com.fintune.ml.tokenizer.TextTokenizers;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Texts (and, for a model that reads them, structured inputs) in, {@link Prediction}s out: tokenizer → encoder →
 * heads. Thread-safe: any number of threads may call it;
 * the encoder runs one batch at a time (using all compute threads), texts are grouped by length into batches of at
 * most {@code maxBatchSize}. Deterministic: the same call returns the same bits; a text's result does not depend on
 * the batch it shares beyond float rounding (within 1e-5). The graph is built once and warmed up at load.
 */
public final class Predictor {
    private final TextTokenizer tokenizer;
    private final RobertaEncoder encoder;
    private final PredictorSettings settings;
    private final ReasonLabels labels;
    private final int maxLength;
    private final StructuredInputs structured;

    public Predictor(Checkpoint checkpoint, TextTokenizer tokenizer, PredictorSettings settings) {
        ComputeThreads.set(settings.computeThreads());
        this.tokenizer = tokenizer;
        this.settings = settings;
        this.encoder = new RobertaEncoder(checkpoint.weights());
        this.labels = new ReasonLabels(checkpoint.config());
        this.maxLength = Math.min(settings.maxLength(), checkpoint.config().maxSequenceLength());
        this.structured = checkpoint.config().structured();
        if (tokenizer.vocabSize() > checkpoint.config().vocabSize()) {
            throw new IllegalArgumentException("tokenizer has " + tokenizer.vocabSize() + " tokens, the model only "
                    + checkpoint.config().vocabSize());
        }
        if (settings.warmUp()) {
            double[] typical = structured == null ? null : structured.mean();
            predictInputs(List.of(new PredictorInput("warm-up", typical),
                    new PredictorInput("warm-up ".repeat(Math.min(60, maxLength / 2)), typical)), EnumSet.noneOf(
                    ExtraOutput.class));
        }
    }

    /** Loads a model directory (config.json, model.safetensors, tokenizer.json). */
    public static Predictor load(Path modelDir, PredictorSettings settings) {
        Checkpoint checkpoint = Checkpoint.load(modelDir);
        if (checkpoint.tokenizerJson() == null) {
            throw new IllegalArgumentException(modelDir + " has no " + Checkpoint.TOKENIZER_FILE);
        }
        try {
            return new Predictor(checkpoint,
                    TextTokenizers.read(checkpoint.tokenizerJson()), settings);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + modelDir.resolve(Checkpoint.TOKENIZER_FILE), e);
        }
    }

    public RobertaConfig config() {
        return encoder.config();
    }

    public PredictorSettings settings() {
        return settings;
    }

    public long parameterCount() {
        return encoder.weights().parameterCount();
    }

    public Prediction predict(String text) {
        return predictAll(List.of(text)).get(0);
    }

    public List<Prediction> predictAll(List<String> texts) {
        return predictAll(texts, EnumSet.noneOf(ExtraOutput.class));
    }

    /** One prediction per text, in order; {@code extras} may ask for the {@code <s>} embedding and attentions. */
    public List<Prediction> predictAll(List<String> texts, Set<ExtraOutput> extras) {
        return predictInputs(texts.stream().map(PredictorInput::text).toList(), extras);
    }

    /**
     * One prediction per input, in order. A model with structured inputs needs them on every input (raw, in
     * {@link StructuredInputs#names()} order); a text-only model must be given none.
     */
    public List<Prediction> predictInputs(List<PredictorInput> inputs, Set<ExtraOutput> extras) {
        int[][] tokens = new int[inputs.size()][];
        float[][] standardized = structured == null ? null : new float[inputs.size()][];
        for (int i = 0; i < tokens.length; i++) {
            PredictorInput in = inputs.get(i);
            tokens[i] = tokenizer.encode(in.text(), true, maxLength);
            if (structured != null) {
                standardized[i] = structured.standardize(in.structured());
            } else if (in.structured() != null) {
                throw new IllegalArgumentException("this model reads text only; input " + i
                        + " has structured inputs");
            }
        }
        Integer[] order = new Integer[tokens.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingInt(i -> tokens[i].length));
        Prediction[] out = new Prediction[tokens.length];
        for (int start = 0; start < order.length; start += settings.maxBatchSize()) {
            int end = Math.min(order.length, start + settings.maxBatchSize());
            Integer[] chunk = Arrays.copyOfRange(order, start, end);
            runBatch(chunk, tokens, standardized, extras, out);
        }
        return List.of(out);
    }

    private void runBatch(Integer[] chunk, int[][] tokens, float[][] standardized, Set<ExtraOutput> extras,
                          Prediction[] out) {
        List<int[]> rows = new ArrayList<>(chunk.length);
        float[][] structuredRows = standardized == null ? null : new float[chunk.length][];
        for (int r = 0; r < chunk.length; r++) {
            rows.add(tokens[chunk[r]]);
            if (standardized != null) {
                structuredRows[r] = standardized[chunk[r]];
            }
        }
        EncodedBatch padded = Padding.pad(rows, tokenizer.padId());
        ModelOutput result = encoder.forward(new TokenBatch(padded.inputIds(), padded.attentionMask(),
                structuredRows), extras);
        float[][] probabilities = result.reasonProbabilities();
        for (int b = 0; b < chunk.length; b++) {
            int length = tokens[chunk[b]].length;
            float[] p = labels.toTaxonomyOrder(probabilities[b]);
            out[chunk[b]] = new Prediction(p, Ranking.rank(p), result.riskScores()[b], length,
                    result.clsEmbedding() != null ? result.clsEmbedding()[b] : null,
                    result.attentions() != null ? Ranking.attentionsOf(result.attentions(), b, length) : null);
        }
    }
}
