package com.fintune.ml.model;

import java.util.List;

/**
 * What the encoder computed for one batch.
 *
 * @param reasonLogits    [batch][reasons] one logit per denial-reason category (probability = sigmoid)
 * @param riskScores      [batch] risk on the 0..100 scale
 * @param lastHiddenState [batch][seq][hidden], or {@code null} unless requested
 * @param clsEmbedding    [batch][hidden] the {@code <s>} embedding, or {@code null} unless requested
 * @param attentions      per layer [batch][head][query][key] probabilities, or {@code null} unless requested
 */
public record ModelOutput(float[][] reasonLogits, float[] riskScores, float[][][] lastHiddenState,
                          float[][] clsEmbedding, List<float[][][][]> attentions) {

    public int batchSize() {
        return riskScores.length;
    }

    /** Independent probabilities per category: sigmoid of each logit. */
    public float[][] reasonProbabilities() {
        float[][] p = new float[reasonLogits.length][];
        for (int i = 0; i < p.length; i++) {
            p[i] = new float[reasonLogits[i].length];
            for (int j = 0; j < p[i].length; j++) {
                p[i][j] = (float) (1.0 / (1.0 + Math.exp(-reasonLogits[i][j])));
            }
        }
        return p;
    }
}
