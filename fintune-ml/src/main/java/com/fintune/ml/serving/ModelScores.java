package com.fintune.ml.serving;

import com.fintune.ml.taxonomy.ReasonCategory;

import java.util.Locale;

/**
 * What the model said about one application: the 12 reason probabilities (taxonomy index order) and the risk
 * score 0..100. This is what the prediction cache keeps; explanations are rebuilt from it under the current policy.
 */
public record ModelScores(float[] reasonProbabilities, double riskScore) {

    public ModelScores {
        if (reasonProbabilities.length != ReasonCategory.COUNT) {
            throw new IllegalArgumentException("expected " + ReasonCategory.COUNT + " probabilities");
        }
        reasonProbabilities = reasonProbabilities.clone();
    }

    @Override
    public float[] reasonProbabilities() {
        return reasonProbabilities.clone();
    }

    /** A compact, exact text form: the 12 probabilities then the risk, separated by commas. */
    public String encode() {
        StringBuilder sb = new StringBuilder();
        for (float p : reasonProbabilities) {
            sb.append(Float.toString(p)).append(',');
        }
        return sb.append(Double.toString(riskScore)).toString();
    }

    public static ModelScores decode(String text) {
        String[] parts = text.split(",");
        if (parts.length != ReasonCategory.COUNT + 1) {
            throw new IllegalArgumentException("cached scores must have " + (ReasonCategory.COUNT + 1) + " numbers");
        }
        float[] p = new float[ReasonCategory.COUNT];
        for (int i = 0; i < p.length; i++) {
            p[i] = Float.parseFloat(parts[i]);
        }
        return new ModelScores(p, Double.parseDouble(parts[ReasonCategory.COUNT]));
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "ModelScores[risk=%.2f]", riskScore);
    }
}
