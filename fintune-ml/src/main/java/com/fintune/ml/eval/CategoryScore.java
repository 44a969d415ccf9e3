package com.fintune.ml.eval;

/**
 * Precision, recall and F1 of one denial-reason category at a decision threshold.
 *
 * @param category       the category's name
 * @param precision      true positives / predicted positives (0 when nothing was predicted)
 * @param recall         true positives / actual positives (0 when there are none)
 * @param f1             harmonic mean of precision and recall (0 when both are 0)
 * @param support        number of applications that truly carry the category
 * @param predicted      number of applications the model flagged with the category
 * @param truePositives  number flagged correctly
 */
public record CategoryScore(String category, double precision, double recall, double f1,
                            int support, int predicted, int truePositives) {

    /** Scores from the three counts; an empty denominator yields 0, as scikit-learn's zero_division=0. */
    public static CategoryScore fromCounts(String category, int truePositives, int predicted, int support) {
        double precision = predicted == 0 ? 0.0 : (double) truePositives / predicted;
        double recall = support == 0 ? 0.0 : (double) truePositives / support;
        double f1 = precision + recall == 0 ? 0.0 : 2 * precision * recall / (precision + recall);
        return new CategoryScore(category, precision, recall, f1, support, predicted, truePositives);
    }

    /** A category that neither occurs nor is predicted says nothing about the model; macro averages skip it. */
    public boolean isVacuous() {
        return support == 0 && predicted == 0;
    }
}
