package com.fintune.ml.model.predict;

/**
 * One application as the encoder reads it: token ids ({@code <s>…</s>} wrapped, truncated to the model's longest
 * input) and, for a model with structured inputs, those inputs standardised with the model's own statistics.
 *
 * @param tokenIds   token ids, specials included
 * @param structured standardised structured inputs, or null for a text-only model
 */
public record EncodedInput(int[] tokenIds, float[] structured) {
    public EncodedInput {
        if (tokenIds == null || tokenIds.length == 0) {
            throw new IllegalArgumentException("an encoded input needs at least one token");
        }
    }

    public int length() {
        return tokenIds.length;
    }
}
