package com.fintune.ml.tokenizer;

import java.util.List;

/**
 * Token ids of several texts, {@code <s>…</s>} wrapped, truncated, and right-padded with {@code <pad>} to the
 * longest sequence in the batch; {@code attentionMask} is 1 on real tokens and 0 on padding. Rows are in the order
 * of the texts given. The arrays belong to the caller.
 */
public record EncodedBatch(int[][] inputIds, int[][] attentionMask) {

    public EncodedBatch {
        if (inputIds.length != attentionMask.length) {
            throw new IllegalArgumentException("ids and mask must have the same number of rows");
        }
    }

    /** Already-encoded rows right-padded with {@code padId} to the longest, with the attention mask. */
    public static EncodedBatch rightPadded(List<int[]> rows, int padId) {
        int longest = rows.stream().mapToInt(r -> r.length).max().orElse(0);
        return Padding.rightPad(rows.toArray(new int[0][]), longest, padId);
    }

    /** Number of sequences. */
    public int size() {
        return inputIds.length;
    }

    /** Padded length shared by every row (0 for an empty batch). */
    public int sequenceLength() {
        return inputIds.length == 0 ? 0 : inputIds[0].length;
    }

    /** Real (unpadded) length of row {@code row}. */
    public int length(int row) {
        int n = 0;
        for (int m : attentionMask[row]) {
            n += m;
        }
        return n;
    }
}
