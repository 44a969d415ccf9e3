package com.fintune.ml.tokenizer;

import java.util.Arrays;

/** Right-padding of id rows to a common length, with the matching attention mask. */
final class Padding {

    private Padding() {
    }

    static EncodedBatch rightPad(int[][] rows, int length, int padId) {
        int[][] ids = new int[rows.length][];
        int[][] mask = new int[rows.length][length];
        for (int i = 0; i < rows.length; i++) {
            ids[i] = Arrays.copyOf(rows[i], length);
            Arrays.fill(ids[i], rows[i].length, length, padId);
            Arrays.fill(mask[i], 0, rows[i].length, 1);
        }
        return new EncodedBatch(ids, mask);
    }
}
