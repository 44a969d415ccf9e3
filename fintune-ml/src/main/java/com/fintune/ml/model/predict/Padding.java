package com.fintune.ml.model.predict;

import com.fintune.ml.tokenizer.EncodedBatch;

import java.util.Arrays;
import java.util.List;

/** Pads already-encoded sequences to the longest with the pad id and builds the attention mask. */
final class Padding {
    private Padding() {
    }

    static EncodedBatch pad(List<int[]> rows, int padId) {
        int longest = rows.stream().mapToInt(r -> r.length).max().orElse(0);
        int[][] ids = new int[rows.size()][longest];
        int[][] mask = new int[rows.size()][longest];
        for (int i = 0; i < rows.size(); i++) {
            int[] r = rows.get(i);
            Arrays.fill(ids[i], padId);
            System.arraycopy(r, 0, ids[i], 0, r.length);
            Arrays.fill(mask[i], 0, r.length, 1);
        }
        return new EncodedBatch(ids, mask);
    }
}
