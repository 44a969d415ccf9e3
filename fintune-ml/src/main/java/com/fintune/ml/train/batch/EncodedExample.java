package com.fintune.ml.train.batch;

/**
 * One training example after tokenisation.
 *
 * @param tokenIds   {@code <s> … </s>} wrapped, truncated token ids
 * @param structured standardised structured inputs, or null when the model reads text only
 * @param reasons    multi-hot reason targets
 * @param riskTarget risk target, 0-100
 */
public record EncodedExample(int[] tokenIds, float[] structured, float[] reasons, float riskTarget) {
    public int length() {
        return tokenIds.length;
    }
}
