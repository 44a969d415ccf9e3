package com.fintune.ml.model.graph;

/**
 * {@code loss = reasons·BCE + risk·MSE}: BCE with logits averaged over batch × reasons, MSE of
 * {@code (risk − target)/100} averaged over the batch (the fixture's training reference uses 1.0 / 1.0).
 */
public record LossWeights(double reasons, double risk) {
    public static final LossWeights DEFAULT = new LossWeights(1.0, 1.0);

    public LossWeights {
        if (reasons < 0 || risk < 0 || reasons + risk == 0) {
            throw new IllegalArgumentException("loss weights must be non-negative and not both 0");
        }
    }
}
