package com.fintune.ml.model;

/**
 * One training batch: tokens plus targets.
 *
 * @param tokens       padded token ids and attention mask
 * @param reasonLabels [batch][reasons] multi-hot labels (1 = the reason applies), reasons in the config's label order
 * @param riskTargets  [batch] risk targets on the 0..100 scale
 */
public record TrainingBatch(TokenBatch tokens, float[][] reasonLabels, float[] riskTargets) {
    public TrainingBatch {
        if (reasonLabels.length != tokens.batchSize() || riskTargets.length != tokens.batchSize()) {
            throw new IllegalArgumentException("batch of " + tokens.batchSize() + " sequences has "
                    + reasonLabels.length + " label rows and " + riskTargets.length + " risk targets");
        }
    }

    /** Multi-hot rows from reason indices per sequence (e.g. {@code [[3], [0, 5], []]}). */
    public static float[][] multiHot(int[][] reasonIndices, int reasonCount) {
        float[][] out = new float[reasonIndices.length][reasonCount];
        for (int i = 0; i < reasonIndices.length; i++) {
            for (int r : reasonIndices[i]) {
                out[i][r] = 1f;
            }
        }
        return out;
    }
}
