package com.fintune.ml.eval;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Area under the ROC curve by the rank-sum (Mann-Whitney) formula, ties sharing their average rank: the
 * probability that a random positive scores higher than a random negative (ties count half).
 */
public final class RocAuc {
    private RocAuc() {
    }

    /** @return the AUC, or NaN when one class is absent */
    public static double compute(double[] scores, boolean[] positive) {
        Arrays2.requireSameLength("positive labels", scores.length, positive.length);
        int n = scores.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) order[i] = i;
        Arrays.sort(order, Comparator.comparingDouble(i -> scores[i]));
        double rankSumPositive = 0;
        long positives = 0;
        int i = 0;
        while (i < n) {
            int j = i;
            while (j + 1 < n && scores[order[j + 1]] == scores[order[i]]) j++;
            double averageRank = (i + j) / 2.0 + 1;
            for (int t = i; t <= j; t++) {
                if (positive[order[t]]) {
                    rankSumPositive += averageRank;
                    positives++;
                }
            }
            i = j + 1;
        }
        long negatives = n - positives;
        if (positives == 0 || negatives == 0) return Double.NaN;
        return (rankSumPositive - positives * (positives + 1) / 2.0) / ((double) positives * negatives);
    }
}
