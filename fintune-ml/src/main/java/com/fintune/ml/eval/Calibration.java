package com.fintune.ml.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * Calibration of the reason probabilities, pooled over every (application, category) pair: equal-width bins over
 * [0, 1] and the expected calibration error ECE = sum over bins of (bin count / total) * |observed - confidence|.
 */
public record Calibration(double expectedCalibrationError, List<ReliabilityBin> bins) {

    public static Calibration compute(double[][] probabilities, boolean[][] truth, int binCount) {
        if (binCount < 1) throw new IllegalArgumentException("binCount must be at least 1");
        Arrays2.requireSameShape(probabilities, truth, probabilities.length == 0 ? 0 : probabilities[0].length);
        int[] count = new int[binCount];
        double[] confidence = new double[binCount];
        int[] positives = new int[binCount];
        int total = 0;
        for (int i = 0; i < probabilities.length; i++) {
            for (int c = 0; c < probabilities[i].length; c++) {
                double p = probabilities[i][c];
                if (p < 0 || p > 1 || Double.isNaN(p)) {
                    throw new IllegalArgumentException("probability out of [0,1] at row " + i + ": " + p);
                }
                int b = Math.min(binCount - 1, (int) (p * binCount));
                count[b]++;
                confidence[b] += p;
                if (truth[i][c]) positives[b]++;
                total++;
            }
        }
        List<ReliabilityBin> bins = new ArrayList<>(binCount);
        double ece = 0;
        for (int b = 0; b < binCount; b++) {
            double meanConf = count[b] == 0 ? 0 : confidence[b] / count[b];
            double observed = count[b] == 0 ? 0 : (double) positives[b] / count[b];
            bins.add(new ReliabilityBin((double) b / binCount, (double) (b + 1) / binCount, count[b], meanConf,
                    observed));
            if (total > 0) ece += (double) count[b] / total * Math.abs(observed - meanConf);
        }
        return new Calibration(ece, List.copyOf(bins));
    }
}
