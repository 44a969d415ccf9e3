package com.fintune.ml.model.predict;

import java.util.List;

/**
 * The model's answer for one application text.
 *
 * @param reasonProbabilities [12] probability per category, taxonomy index order
 * @param rankedReasons       all 12 categories, most probable first (ties keep index order)
 * @param riskScore           risk on the 0..100 scale
 * @param tokenCount          tokens the encoder read, {@code <s>}/{@code </s>} included (after truncation)
 * @param clsEmbedding        the {@code <s>} embedding, or {@code null} unless requested
 * @param attentions          per layer [head][query][key] over the real tokens, or {@code null} unless requested
 */
public record Prediction(float[] reasonProbabilities, List<ReasonScore> rankedReasons, double riskScore,
                         int tokenCount, float[] clsEmbedding, List<float[][][]> attentions) {

    /** The {@code n} most probable reasons. */
    public List<ReasonScore> topReasons(int n) {
        return rankedReasons.subList(0, Math.min(n, rankedReasons.size()));
    }
}
