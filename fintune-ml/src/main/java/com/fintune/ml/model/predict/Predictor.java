package com.fintune.ml.model.predict;

import com.fintune.ml.model.ComputeThreads;
import com.fintune.ml.model.ExtraOutput;
import com.fintune.ml.model.ModelOutput;
import com.fintune.ml.model.RobertaConfig;
import com.fintune.ml.model.RobertaEncoder;
import com.fintune.ml.model.TokenBatch;
import com.fintune.ml.model.checkpoint.Checkpoint;
import com.fintune.ml.tokenizer.EncodedBatch;
import com.fintune.ml.tokenizer.RobertaTokenizer;

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
 * Texts in, {@link Prediction}s out: tokenizer → encoder → heads. Thread-safe: any number of threads may call it;
 * the encoder runs one batch at a time (using all compute threads), texts are grouped by length into batches of at
 * most {@code maxBatchSize}. Deterministic: the same call returns the same bits; a text's result does not depend on
 * the batch it shares beyond float rounding (within 1e-5). The graph is built once and warmed up at load.
 */
public final class Predictor {
    private final RobertaTokenizer tokenizer;
    private final RobertaEncoder encoder;
    private final PredictorSettings settings;
    private final ReasonLabels labels;
    private final int maxLength;

    public Predictor(Checkpoint checkpoint, RobertaTokenizer tokenizer, PredictorSettings settings) {
        ComputeThreads.set(settings.computeThreads());
        this.tokenizer = tokenizer;
        this.settings = settings;
        this.encoder = new RobertaEncoder(checkpoint.weights());
        this.labels = new ReasonLabels(checkpoint.config());
        this.maxLength = Math.min(settings.maxLength(), checkpoint.config().maxSequenceLength());
        if (tokenizer.vocabSize() > checkpoint.config().vocabSize()) {
            throw new IllegalArgumentException("tokenizer has " + tokenizer.vocabSize() + " tokens, the model only "
                    + checkpoint.config().vocabSize());
        }
        if (settings.warmUp()) {
            predictAll(List.of("warm-up", "warm-up ".repeat(Math.min(60, maxLength / 2))));
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
                    RobertaTokenizer.read(new ByteArrayInputStream(checkpoint.tokenizerJson())), settings);
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
        int[][] tokens = new int[texts.size()][];
        for (int i = 0; i < tokens.length; i++) {
            tokens[i] = tokenizer.encode(texts.get(i), true, maxLength);
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
            runBatch(chunk, tokens, extras, out);
        }
        return List.of(out);
    }

    private void runBatch(Integer[] chunk, int[][] tokens, Set<ExtraOutput> extras, Prediction[] out) {
        List<int[]> rows = new ArrayList<>(chunk.length);
        for (int i : chunk) {
            rows.add(tokens[i]);
        }
        EncodedBatch padded = Padding.pad(rows, tokenizer.padId());
        ModelOutput result = encoder.forward(new TokenBatch(padded.inputIds(), padded.attentionMask()), extras);
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
