package com.fintune.ml.model.graph;

import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.Map;

/**
 * The trainable graph's dropout masks, one placeholder per dropout site, named {@code dropout_<site>_<n>}. For a
 * training pass each gets a fresh inverted-dropout mask (kept with probability 1 − rate, scaled by 1/(1 − rate)),
 * drawn from a seeded generator so a run is reproducible; for evaluation a broadcastable 1.
 */
public final class DropoutMasks {
    /** Where a dropout sits, which decides the mask's shape. */
    public enum Site {
        /** Per-token hidden states, [batch·seq, hidden]. */
        TOKENS(2),
        /** Attention probabilities, [batch, heads, seq, seq]. */
        ATTENTION(4),
        /** Per-sequence features in the heads, [batch, width] (width taken from the fed array). */
        SEQUENCES(2);

        private final int rank;

        Site(int rank) {
            this.rank = rank;
        }

        int rank() {
            return rank;
        }
    }

    private DropoutMasks() {
    }

    static String placeholderName(Site site, int index, long width) {
        String base = "dropout_" + site.name().toLowerCase(java.util.Locale.ROOT) + "_" + index;
        return site == Site.SEQUENCES ? base + "_w" + width : base;
    }

    /**
     * Adds a mask for every dropout placeholder of {@code graph} to {@code feed}: fresh masks at {@code rate} drawn
     * from {@code rng}, or all ones when {@code rate} is 0.
     */
    public static void feed(SameDiff graph, Map<String, INDArray> feed, int batch, int seq, int hidden, int heads,
                            double rate, org.nd4j.linalg.api.rng.Random rng) {
        for (String name : graph.inputs()) {
            if (!name.startsWith("dropout_")) {
                continue;
            }
            long[] shape;
            if (name.startsWith("dropout_tokens_")) {
                shape = new long[]{(long) batch * seq, hidden};
            } else if (name.startsWith("dropout_attention_")) {
                shape = new long[]{batch, heads, seq, seq};
            } else {
                shape = new long[]{batch, Long.parseLong(name.substring(name.lastIndexOf("_w") + 2))};
            }
            feed.put(name, rate > 0 ? mask(shape, rate, rng) : Nd4j.ones(DataType.FLOAT, ones(shape.length)));
        }
    }

    private static INDArray mask(long[] shape, double rate, org.nd4j.linalg.api.rng.Random rng) {
        INDArray uniform = Nd4j.rand(rng, shape).castTo(DataType.FLOAT);
        return uniform.gte(rate).castTo(DataType.FLOAT).muli(1.0 / (1.0 - rate));
    }

    private static long[] ones(int rank) {
        long[] s = new long[rank];
        java.util.Arrays.fill(s, 1);
        return s;
    }
}
