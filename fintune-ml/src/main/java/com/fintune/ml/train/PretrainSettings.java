package com.fintune.ml.train;

/**
 * Masked-language-model pre-training before fine-tuning (for a model started from scratch).
 *
 * @param epochs          passes over the corpus (0 = no pre-training)
 * @param batchSize       texts per update
 * @param learningRate    peak learning rate (warm-up 6 %, then linear decay)
 * @param maskProbability share of (non-special) tokens chosen for prediction; of those 80 % become
 *                        {@code <mask>}, 10 % a random corpus token, 10 % stay
 * @param maxSteps        stop after this many updates even within an epoch (0 = no limit); the schedule spans
 *                        the smaller of this and the epochs' updates
 */
public record PretrainSettings(int epochs, int batchSize, double learningRate, double maskProbability,
                               int maxSteps) {

    public PretrainSettings {
        if (epochs < 0 || batchSize < 1 || !(learningRate > 0) || maskProbability <= 0 || maskProbability >= 1
                || maxSteps < 0) {
            throw new IllegalArgumentException("pre-training settings out of range: " + this);
        }
    }

    public static PretrainSettings defaults() {
        return new PretrainSettings(1, 32, 1e-3, 0.15, 0);
    }
}
