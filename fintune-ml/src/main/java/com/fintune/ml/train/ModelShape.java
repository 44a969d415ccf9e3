package com.fintune.ml.train;

/**
 * The shape of a RoBERTa trained from scratch (ignored when fine-tuning an imported checkpoint).
 *
 * @param hiddenSize         width of the hidden states
 * @param layers             encoder layers
 * @param attentionHeads     heads per layer
 * @param intermediateSize   feed-forward width
 * @param maxPositions       rows of the position table (longest input = maxPositions - 2)
 */
public record ModelShape(int hiddenSize, int layers, int attentionHeads, int intermediateSize, int maxPositions) {

    public ModelShape {
        if (hiddenSize < 1 || layers < 1 || attentionHeads < 1 || intermediateSize < 1 || maxPositions < 4
                || hiddenSize % attentionHeads != 0) {
            throw new IllegalArgumentException("model shape out of range: " + this);
        }
    }

    /** FinTune's shipped shape: small enough for 2 CPU cores and for git in half precision. */
    public static ModelShape small() {
        return new ModelShape(128, 2, 4, 512, 130);
    }
}
