package com.fintune.ml.eval.baseline;

import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoostError;

/**
 * One split for the baseline: the structured feature vectors, the multi-hot reasons and the risk targets.
 *
 * @param features [application][feature]
 * @param reasons  [application][category]
 * @param risk     risk targets, 0-100
 */
public record TabularData(double[][] features, boolean[][] reasons, double[] risk) {

    public TabularData {
        if (features.length != reasons.length || features.length != risk.length) {
            throw new IllegalArgumentException("features, reasons and risk must have one row per application");
        }
        if (features.length == 0) throw new IllegalArgumentException("a split needs at least one application");
    }

    int categories() {
        return reasons[0].length;
    }

    float[] reasonColumn(int category) {
        float[] y = new float[reasons.length];
        for (int i = 0; i < y.length; i++) y[i] = reasons[i][category] ? 1f : 0f;
        return y;
    }

    float[] riskLabels() {
        float[] y = new float[risk.length];
        for (int i = 0; i < y.length; i++) y[i] = (float) risk[i];
        return y;
    }

    DMatrix matrix() throws XGBoostError {
        return matrixOf(features);
    }

    static DMatrix matrixOf(double[][] features) throws XGBoostError {
        int cols = features.length == 0 ? 0 : features[0].length;
        float[] flat = new float[features.length * cols];
        for (int i = 0; i < features.length; i++) {
            if (features[i].length != cols) throw new IllegalArgumentException("row " + i + " has a different width");
            for (int j = 0; j < cols; j++) flat[i * cols + j] = (float) features[i][j];
        }
        return new DMatrix(flat, features.length, cols, Float.NaN);
    }
}
