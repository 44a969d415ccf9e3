package com.fintune.ml.model.graph;

import com.fintune.ml.model.RobertaConfig;

/**
 * RoBERTa's padding-aware position ids, {@code cumsum(ids != pad) * (ids != pad) + pad}: padding gets {@code pad},
 * the first real token {@code pad + 1}; BERT's are simply {@code 0 … seq-1} in every row. The inference graph
 * computes the same in SameDiff.
 */
public final class PositionIds {
    private PositionIds() {
    }

    /** Row-major flattened position ids of a [batch][seq] id array, as the config's model family numbers them. */
    public static int[] flattened(int[][] ids, RobertaConfig config) {
        if (!config.isBert()) {
            return flattened(ids, config.padTokenId());
        }
        int seq = ids[0].length;
        int[] out = new int[ids.length * seq];
        for (int i = 0; i < out.length; i++) {
            out[i] = i % seq;
        }
        return out;
    }

    /** Row-major flattened position ids of a [batch][seq] id array. */
    public static int[] flattened(int[][] ids, int pad) {
        int seq = ids[0].length;
        int[] out = new int[ids.length * seq];
        for (int b = 0; b < ids.length; b++) {
            int count = 0;
            for (int i = 0; i < seq; i++) {
                boolean real = ids[b][i] != pad;
                if (real) {
                    count++;
                }
                out[b * seq + i] = real ? count + pad : pad;
            }
        }
        return out;
    }

    public static int[] flattenedIds(int[][] ids) {
        int seq = ids[0].length;
        int[] out = new int[ids.length * seq];
        for (int b = 0; b < ids.length; b++) {
            System.arraycopy(ids[b], 0, out, b * seq, seq);
        }
        return out;
    }
}
