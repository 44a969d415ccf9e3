package com.fintune.ml.eval.baseline;

import com.fintune.ml.data.LabeledApplication;
import com.fintune.ml.features.FeaturePipeline;
import com.fintune.ml.taxonomy.ReasonCategory;
import java.util.List;

/** The baseline's view of labelled applications: the feature pipeline's tabular vector, reasons and risk. */
public final class BaselineFeatures {
    private BaselineFeatures() {
    }

    public static TabularData of(List<LabeledApplication> apps, FeaturePipeline pipeline) {
        double[][] x = features(apps.stream().map(LabeledApplication::application).toList(), pipeline);
        boolean[][] y = new boolean[apps.size()][ReasonCategory.COUNT];
        double[] risk = new double[apps.size()];
        for (int i = 0; i < apps.size(); i++) {
            for (ReasonCategory r : apps.get(i).reasons()) y[i][r.index()] = true;
            risk[i] = apps.get(i).riskTarget();
        }
        return new TabularData(x, y, risk);
    }

    public static double[][] features(List<com.fintune.ml.data.LoanApplication> apps, FeaturePipeline pipeline) {
        double[][] x = new double[apps.size()][];
        for (int i = 0; i < x.length; i++) x[i] = pipeline.extract(apps.get(i)).tabularVector();
        return x;
    }
}
