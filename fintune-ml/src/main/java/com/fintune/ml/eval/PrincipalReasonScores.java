package com.fintune.ml.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * Principal-reason (top-1) scores. The model's principal reason is its most probable category, or "approvable"
 * when no category reaches the threshold. For an application with true reasons the top-1 is a hit when it is any
 * of them; the confusion matrix has one row per true principal reason (plus approvable, last) and one column per
 * predicted principal reason, so a hit lands on the diagonal.
 *
 * @param top1Accuracy hits / applications with at least one true reason
 * @param evaluated    number of applications with at least one true reason
 * @param labels       row and column labels: the categories, then "APPROVABLE"
 * @param confusion    [true][predicted] counts over all applications
 */
public record PrincipalReasonScores(double top1Accuracy, int evaluated, List<String> labels, int[][] confusion) {

    public static final String APPROVABLE = "APPROVABLE";

    /**
     * @param truePrincipal per application the index of its principal true reason, or -1 when approvable
     */
    public static PrincipalReasonScores compute(double[][] probabilities, boolean[][] truth, int[] truePrincipal,
                                                double threshold, List<String> names) {
        int k = names.size();
        Arrays2.requireSameShape(probabilities, truth, k);
        Arrays2.requireSameLength("truePrincipal", probabilities.length, truePrincipal.length);
        int[][] confusion = new int[k + 1][k + 1];
        int hits = 0, evaluated = 0;
        for (int i = 0; i < probabilities.length; i++) {
            int top = argmax(probabilities[i]);
            int predicted = probabilities[i][top] >= threshold ? top : k;
            boolean hasReason = truePrincipal[i] >= 0;
            if (hasReason && !truth[i][truePrincipal[i]]) {
                throw new IllegalArgumentException("row " + i + ": principal reason " + truePrincipal[i]
                        + " is not among its true reasons");
            }
            int row;
            if (hasReason) {
                evaluated++;
                boolean hit = predicted < k && truth[i][predicted];
                if (hit) hits++;
                row = hit ? predicted : truePrincipal[i];
            } else {
                row = k;
            }
            confusion[row][predicted]++;
        }
        List<String> labels = new ArrayList<>(names);
        labels.add(APPROVABLE);
        double accuracy = evaluated == 0 ? 0 : (double) hits / evaluated;
        return new PrincipalReasonScores(accuracy, evaluated, List.copyOf(labels), confusion);
    }

    static int argmax(double[] values) {
        int best = 0;
        for (int c = 1; c < values.length; c++) {
            if (values[c] > values[best]) best = c;
        }
        return best;
    }
}
