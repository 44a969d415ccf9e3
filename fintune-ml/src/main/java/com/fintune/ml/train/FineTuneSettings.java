package com.fintune.ml.train;

/**
 * Hyper-parameters of fine-tuning.
 *
 * @param epochs            maximum passes over the training split
 * @param batchSize         applications per update
 * @param learningRate      peak learning rate
 * @param weightDecay       AdamW decoupled weight decay (not on biases and LayerNorm weights)
 * @param warmupFraction    share of all updates spent warming the rate up linearly
 * @param maxGradientNorm   global L2 norm the gradients are clipped to (0 = no clipping)
 * @param dropout           dropout probability during training
 * @param reasonsLossWeight weight of the reasons BCE in the loss
 * @param riskLossWeight    weight of the risk MSE (on the 0-1 scale) in the loss
 * @param patience          stop after this many epochs without a better validation macro-F1
 * @param threshold         probability at which a reason counts as predicted (validation and evaluation)
 * @param bucketPoolBatches batches per length-bucketing pool
 * @param saveEverySteps    write a resume point every this many updates (and at every epoch's end)
 * @param frozenLayers      0 = every parameter is trained; k > 0 = the embeddings and encoder layers 0..k-1 are frozen:
 *                          their hidden states are computed once per run and only the layers above and the heads are
 *                          trained (much faster on a pre-trained encoder)
 */
public record FineTuneSettings(int epochs, int batchSize, double learningRate, double weightDecay,
                               double warmupFraction, double maxGradientNorm, double dropout,
                               double reasonsLossWeight, double riskLossWeight, int patience, double threshold,
                               int bucketPoolBatches, int saveEverySteps, int frozenLayers) {

    public FineTuneSettings {
        if (epochs < 1 || batchSize < 1 || !(learningRate > 0) || weightDecay < 0 || warmupFraction < 0
                || warmupFraction > 1 || maxGradientNorm < 0 || dropout < 0 || dropout >= 1 || patience < 1
                || threshold <= 0 || threshold >= 1 || bucketPoolBatches < 1 || saveEverySteps < 1) {
            throw new IllegalArgumentException("fine-tuning settings out of range: " + this);
        }
        if (frozenLayers < 0) {
            throw new IllegalArgumentException("fineTune.frozenLayers must be 0 (train everything) or more, not "
                    + frozenLayers);
        }
    }

    /** Every parameter trained (frozenLayers 0). */
    public FineTuneSettings(int epochs, int batchSize, double learningRate, double weightDecay, double warmupFraction,
                            double maxGradientNorm, double dropout, double reasonsLossWeight, double riskLossWeight,
                            int patience, double threshold, int bucketPoolBatches, int saveEverySteps) {
        this(epochs, batchSize, learningRate, weightDecay, warmupFraction, maxGradientNorm, dropout,
                reasonsLossWeight, riskLossWeight, patience, threshold, bucketPoolBatches, saveEverySteps, 0);
    }

    /** These settings with the embeddings and the lowest {@code layers} encoder layers frozen. */
    public FineTuneSettings withFrozenLayers(int layers) {
        return new FineTuneSettings(epochs, batchSize, learningRate, weightDecay, warmupFraction, maxGradientNorm,
                dropout, reasonsLossWeight, riskLossWeight, patience, threshold, bucketPoolBatches, saveEverySteps,
                layers);
    }

    /** Defaults for a small model trained from scratch (a pre-trained roberta-base wants learningRate 2e-5). */
    public static FineTuneSettings defaults() {
        return new FineTuneSettings(8, 32, 5e-4, 0.01, 0.06, 1.0, 0.1, 1.0, 2.0, 2, 0.5, 50, 200);
    }
}
