package com.fintune.ml.train.cache;

import com.fintune.ml.model.SessionMemory;
import com.fintune.ml.model.TokenBatch;
import com.fintune.ml.model.checkpoint.HalfFloats;
import com.fintune.ml.model.checkpoint.ModelWeights;
import com.fintune.ml.model.graph.GraphNames;
import com.fintune.ml.model.graph.GraphOptions;
import com.fintune.ml.model.graph.RobertaGraphBuilder;
import com.fintune.ml.train.batch.LengthBuckets;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Every example's hidden states after the frozen layers {@code 0..layers-1} (embeddings included), computed once in
 * length-sorted batches by the lower part of the graph (inference: no dropout) and kept per example for its real
 * tokens only, in half precision (training: half the memory, rounding far below dropout's noise) or single precision
 * (validation: the upper part then gives what serving gives, to float rounding).
 */
public final class HiddenStateCache {
    /** How the states are stored. */
    public enum Precision { HALF, SINGLE }

    private static final long PROGRESS_MILLIS = 10_000;

    private final int hidden;
    private final int[] lengths;
    private final short[][] half;
    private final float[][] single;

    private HiddenStateCache(int hidden, int[] lengths, Precision precision) {
        this.hidden = hidden;
        this.lengths = lengths;
        this.half = precision == Precision.HALF ? new short[lengths.length][] : null;
        this.single = precision == Precision.SINGLE ? new float[lengths.length][] : null;
    }

    /**
     * @param layers    frozen layers (1 ≤ layers ≤ the model's layer count)
     * @param tokenIds  each example's token ids, specials included
     * @param log       progress lines (done/total, examples per second, time left), named by {@code label}
     */
    public static HiddenStateCache compute(ModelWeights weights, int layers, List<int[]> tokenIds, int batchSize,
                                           int padId, Precision precision, PrintStream log, String label) {
        int hidden = weights.config().hiddenSize();
        int[] lengths = tokenIds.stream().mapToInt(t -> t.length).toArray();
        HiddenStateCache cache = new HiddenStateCache(hidden, lengths, precision);
        SameDiff graph = RobertaGraphBuilder.build(weights, GraphOptions.lowerLayers(layers));
        long start = System.nanoTime();
        long lastPrint = System.currentTimeMillis();
        int done = 0;
        for (int[] rows : new LengthBuckets(batchSize, 1).sequential(lengths)) {
            List<int[]> batchIds = new ArrayList<>(rows.length);
            for (int r : rows) batchIds.add(tokenIds.get(r));
            TokenBatch padded = TokenBatch.padded(batchIds, null, padId);
            int seq = padded.sequenceLength();
            Map<String, INDArray> feed = new HashMap<>();
            feed.put(GraphNames.INPUT_IDS, Nd4j.createFromArray(padded.inputIds()));
            feed.put(GraphNames.ATTENTION_MASK, Nd4j.createFromArray(padded.attentionMask()));
            Map<String, INDArray> out = graph.output(feed, GraphNames.HIDDEN_STATES_OUT);
            float[] states = out.get(GraphNames.HIDDEN_STATES_OUT).dup('c').data().asFloat();
            feed.values().forEach(INDArray::close);
            out.values().stream().filter(INDArray::closeable).forEach(INDArray::close);
            SessionMemory.bound(graph);
            for (int i = 0; i < rows.length; i++) {
                cache.store(rows[i], states, i * seq * hidden);
            }
            done += rows.length;
            long now = System.currentTimeMillis();
            if (now - lastPrint >= PROGRESS_MILLIS || done == lengths.length) {
                lastPrint = now;
                double seconds = (System.nanoTime() - start) / 1e9;
                double rate = done / Math.max(1e-9, seconds);
                log.printf(Locale.ROOT, "frozen-layer cache (%s): %d/%d examples, %.1f ex/s, ETA %ds%n", label, done,
                        lengths.length, rate, Math.round((lengths.length - done) / rate));
            }
        }
        return cache;
    }

    private void store(int example, float[] states, int offset) {
        int n = lengths[example] * hidden;
        if (single != null) {
            single[example] = java.util.Arrays.copyOfRange(states, offset, offset + n);
        } else {
            short[] h = new short[n];
            for (int k = 0; k < n; k++) h[k] = HalfFloats.floatToHalf(states[offset + k]);
            half[example] = h;
        }
    }

    public int size() {
        return lengths.length;
    }

    /** Bytes the stored states take (without array headers). */
    public long bytes() {
        long values = 0;
        for (int l : lengths) values += (long) l * hidden;
        return values * (single != null ? 4 : 2);
    }

    /**
     * The states of {@code rows} padded to the longest: [rows·seq, hidden] (padding rows zero) with the [rows][seq]
     * attention mask, as {@link GraphNames#HIDDEN_STATES_IN} and {@link GraphNames#ATTENTION_MASK} take them.
     */
    public Batch batch(int[] rows) {
        int seq = 0;
        for (int r : rows) seq = Math.max(seq, lengths[r]);
        float[] states = new float[rows.length * seq * hidden];
        int[][] mask = new int[rows.length][seq];
        for (int i = 0; i < rows.length; i++) {
            int n = lengths[rows[i]] * hidden;
            int base = i * seq * hidden;
            if (single != null) {
                System.arraycopy(single[rows[i]], 0, states, base, n);
            } else {
                short[] h = half[rows[i]];
                for (int k = 0; k < n; k++) states[base + k] = HalfFloats.halfToFloat(h[k]);
            }
            java.util.Arrays.fill(mask[i], 0, lengths[rows[i]], 1);
        }
        return new Batch(Nd4j.create(states, new long[]{(long) rows.length * seq, hidden}, DataType.FLOAT), mask);
    }

    /** A padded batch of cached states. */
    public record Batch(INDArray states, int[][] attentionMask) {
    }
}
