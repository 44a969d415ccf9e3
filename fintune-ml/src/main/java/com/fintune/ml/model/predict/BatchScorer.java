package com.fintune.ml.model.predict;

import com.fintune.ml.model.ExtraOutput;
import com.fintune.ml.model.ModelOutput;
import com.fintune.ml.model.RobertaEncoder;
import com.fintune.ml.model.TokenBatch;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.IntConsumer;

/**
 * The one way encoded inputs become predictions, for serving and for training's validation and evaluation alike:
 * inputs sorted by length (stable), cut into batches of at most {@code maxBatchSize}, right-padded with the attention
 * mask ({@link TokenBatch#padded}), run through the encoder and heads, and the reason probabilities put in taxonomy
 * order ({@code id2label}); results come back in input order. A text's result does not depend on the batch it
 * shares beyond float rounding (within 1e-5). Thread-safe as the encoder is (one forward pass at a time).
 */
public final class BatchScorer {
    private final RobertaEncoder encoder;
    private final ReasonLabels labels;
    private final int padId;
    private final int maxBatchSize;

    public BatchScorer(RobertaEncoder encoder, int padId, int maxBatchSize) {
        if (maxBatchSize < 1) {
            throw new IllegalArgumentException("the batch size must be at least 1, got " + maxBatchSize);
        }
        this.encoder = encoder;
        this.labels = new ReasonLabels(encoder.config());
        this.padId = padId;
        this.maxBatchSize = maxBatchSize;
    }

    public RobertaEncoder encoder() {
        return encoder;
    }

    /** One prediction per input, in input order; {@code extras} may ask for the {@code <s>} embedding and attentions. */
    public List<Prediction> score(List<EncodedInput> inputs, Set<ExtraOutput> extras) {
        return score(inputs, extras, done -> { });
    }

    /** As {@link #score(List, Set)}; {@code progress} hears how many inputs are scored after each batch. */
    public List<Prediction> score(List<EncodedInput> inputs, Set<ExtraOutput> extras, IntConsumer progress) {
        Integer[] order = new Integer[inputs.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingInt(i -> inputs.get(i).length()));
        Prediction[] out = new Prediction[inputs.size()];
        for (int start = 0; start < order.length; start += maxBatchSize) {
            Integer[] chunk = Arrays.copyOfRange(order, start, Math.min(order.length, start + maxBatchSize));
            runBatch(chunk, inputs, extras, out);
            progress.accept(start + chunk.length);
        }
        return List.of(out);
    }

    private void runBatch(Integer[] chunk, List<EncodedInput> inputs, Set<ExtraOutput> extras, Prediction[] out) {
        List<int[]> rows = new ArrayList<>(chunk.length);
        List<float[]> structured = inputs.get(chunk[0]).structured() == null ? null : new ArrayList<>(chunk.length);
        for (Integer row : chunk) {
            rows.add(inputs.get(row).tokenIds());
            if (structured != null) {
                structured.add(inputs.get(row).structured());
            }
        }
        ModelOutput result = encoder.forward(TokenBatch.padded(rows, structured, padId), extras);
        float[][] probabilities = result.reasonProbabilities();
        for (int b = 0; b < chunk.length; b++) {
            int length = rows.get(b).length;
            float[] p = labels.toTaxonomyOrder(probabilities[b]);
            out[chunk[b]] = new Prediction(p, Ranking.rank(p), result.riskScores()[b], length,
                    result.clsEmbedding() != null ? result.clsEmbedding()[b] : null,
                    result.attentions() != null ? Ranking.attentionsOf(result.attentions(), b, length) : null);
        }
    }
}
