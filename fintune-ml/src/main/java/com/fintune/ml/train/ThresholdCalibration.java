package com.fintune.ml.train;

import java.util.ArrayList;
import java.util.List;

/**
 * Per-reason decision offsets fitted on validation data: for each reason, the shift {@code b} of its logit that
 * maximises F1 of {@code logit + b > 0} (that is, of the 0.5 cut that the decision policy and the evaluation use).
 * Shifting the reasons head's output bias by {@code b} moves each reason's 0.5 point to the F1-best probability
 * without touching the ranking within a reason. Candidates run from {@code -MAX_OFFSET} to {@code +MAX_OFFSET} in
 * steps of {@value #STEP}; of the offsets that reach the best F1, the middle one is taken (the centre of the
 * plateau, less tied to the particular validation files than its edge). A reason with fewer than
 * {@value #MIN_POSITIVES} positive files keeps offset 0: too few to fit a cut on.
 */
public final class ThresholdCalibration {

    public static final double MAX_OFFSET = 2.0;
    static final double STEP = 0.05;
    public static final int MIN_POSITIVES = 20;

    /** One reason's fit: the offset, F1 at 0.5 before and after, and the positives it was fitted on. */
    public record Fit(double offset, double f1Before, double f1After, int positives) {
    }

    private ThresholdCalibration() {
    }

    /** Fits one offset per column of {@code probabilities} against {@code truth} (same shape). */
    public static List<Fit> fit(double[][] probabilities, boolean[][] truth) {
        if (probabilities.length != truth.length) {
            throw new IllegalArgumentException(probabilities.length + " score rows for " + truth.length + " label rows");
        }
        int k = probabilities.length == 0 ? 0 : probabilities[0].length;
        List<Fit> fits = new ArrayList<>(k);
        for (int c = 0; c < k; c++) {
            fits.add(fitColumn(probabilities, truth, c));
        }
        return fits;
    }

    private static Fit fitColumn(double[][] p, boolean[][] truth, int c) {
        int positives = 0;
        double[] logits = new double[p.length];
        for (int i = 0; i < p.length; i++) {
            double q = Math.min(1 - 1e-7, Math.max(1e-7, p[i][c]));
            logits[i] = Math.log(q / (1 - q));
            positives += truth[i][c] ? 1 : 0;
        }
        double before = f1(logits, truth, c, 0);
        if (positives < MIN_POSITIVES) {
            return new Fit(0, before, before, positives);
        }
        int steps = (int) Math.round(MAX_OFFSET / STEP);
        double best = -1;
        List<Double> argmax = new ArrayList<>();
        for (int s = -steps; s <= steps; s++) {
            double b = s * STEP;
            double f = f1(logits, truth, c, b);
            if (f > best + 1e-12) {
                best = f;
                argmax.clear();
            }
            if (Math.abs(f - best) <= 1e-12) {
                argmax.add(b);
            }
        }
        double offset = argmax.get(argmax.size() / 2);
        return new Fit(offset, before, f1(logits, truth, c, offset), positives);
    }

    private static double f1(double[] logits, boolean[][] truth, int c, double offset) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (int i = 0; i < logits.length; i++) {
            boolean predicted = logits[i] + offset > 0;
            if (predicted && truth[i][c]) {
                tp++;
            } else if (predicted) {
                fp++;
            } else if (truth[i][c]) {
                fn++;
            }
        }
        return tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
    }
}
