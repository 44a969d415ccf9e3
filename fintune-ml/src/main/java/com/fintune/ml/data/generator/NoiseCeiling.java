package com.fintune.ml.data.generator;

import com.fintune.ml.taxonomy.ReasonCategory;
import java.util.List;
import java.util.Set;

/**
 * The best macro-F1 a model can expect on noisy labels: the score of the noise-free policy itself, predicting the
 * policy reasons and graded against the published (noisy) labels. Per-category F1 and the macro average.
 */
public record NoiseCeiling(int applications, int noisyApplications, double[] perCategoryF1, double macroF1,
                           double[] support) {

    public static NoiseCeiling of(List<GeneratedCase> cases) {
        int n = ReasonCategory.COUNT;
        long[] tp = new long[n];
        long[] fp = new long[n];
        long[] fn = new long[n];
        long[] sup = new long[n];
        int noisy = 0;
        for (GeneratedCase c : cases) {
            Set<ReasonCategory> truth = c.labeled().reasons();
            Set<ReasonCategory> predicted = c.policyReasons();
            noisy += c.noisy() ? 1 : 0;
            for (ReasonCategory r : ReasonCategory.values()) {
                boolean t = truth.contains(r);
                boolean p = predicted.contains(r);
                int i = r.index();
                sup[i] += t ? 1 : 0;
                tp[i] += t && p ? 1 : 0;
                fp[i] += !t && p ? 1 : 0;
                fn[i] += t && !p ? 1 : 0;
            }
        }
        double[] f1 = new double[n];
        double[] share = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double denom = 2.0 * tp[i] + fp[i] + fn[i];
            f1[i] = denom == 0 ? 1.0 : 2.0 * tp[i] / denom;
            share[i] = cases.isEmpty() ? 0 : sup[i] / (double) cases.size();
            sum += f1[i];
        }
        return new NoiseCeiling(cases.size(), noisy, f1, sum / n, share);
    }
}
