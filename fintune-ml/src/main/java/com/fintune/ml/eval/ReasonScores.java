package com.fintune.ml.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * Multi-label scores of the denial-reason head: one {@link CategoryScore} per category plus micro averages
 * (pooled counts) and macro averages (mean over categories that occur or are predicted).
 */
public record ReasonScores(double threshold, List<CategoryScore> perCategory,
                           double microPrecision, double microRecall, double microF1,
                           double macroPrecision, double macroRecall, double macroF1,
                           double exactMatchRatio) {

    /**
     * @param probabilities [application][category] probabilities
     * @param truth         [application][category] true multi-hot labels
     * @param threshold     a category is predicted when its probability is at least this
     * @param names         category names, one per column
     */
    public static ReasonScores compute(double[][] probabilities, boolean[][] truth, double threshold,
                                       List<String> names) {
        Arrays2.requireSameShape(probabilities, truth, names.size());
        int k = names.size();
        int[] tp = new int[k];
        int[] predicted = new int[k];
        int[] support = new int[k];
        int exact = 0;
        for (int i = 0; i < probabilities.length; i++) {
            boolean allMatch = true;
            for (int c = 0; c < k; c++) {
                boolean p = probabilities[i][c] >= threshold;
                boolean t = truth[i][c];
                if (p) predicted[c]++;
                if (t) support[c]++;
                if (p && t) tp[c]++;
                if (p != t) allMatch = false;
            }
            if (allMatch) exact++;
        }
        List<CategoryScore> scores = new ArrayList<>(k);
        int sumTp = 0, sumPred = 0, sumSupport = 0;
        for (int c = 0; c < k; c++) {
            scores.add(CategoryScore.fromCounts(names.get(c), tp[c], predicted[c], support[c]));
            sumTp += tp[c];
            sumPred += predicted[c];
            sumSupport += support[c];
        }
        CategoryScore micro = CategoryScore.fromCounts("micro", sumTp, sumPred, sumSupport);
        double mp = 0, mr = 0, mf = 0;
        int counted = 0;
        for (CategoryScore s : scores) {
            if (s.isVacuous()) continue;
            mp += s.precision();
            mr += s.recall();
            mf += s.f1();
            counted++;
        }
        double n = Math.max(1, counted);
        double exactRatio = probabilities.length == 0 ? 0 : (double) exact / probabilities.length;
        return new ReasonScores(threshold, List.copyOf(scores), micro.precision(), micro.recall(), micro.f1(),
                mp / n, mr / n, mf / n, exactRatio);
    }
}
