package com.fintune.ml.eval;

/**
 * Error of the risk head on the 0-100 scale.
 *
 * @param mae  mean absolute error
 * @param rmse root mean squared error
 * @param bias mean of (predicted - target); positive means the model overstates risk
 * @param count number of applications
 */
public record RiskScores(double mae, double rmse, double bias, int count) {

    public static RiskScores compute(double[] predicted, double[] target) {
        Arrays2.requireSameLength("risk targets", predicted.length, target.length);
        double abs = 0, sq = 0, sum = 0;
        for (int i = 0; i < predicted.length; i++) {
            double d = predicted[i] - target[i];
            abs += Math.abs(d);
            sq += d * d;
            sum += d;
        }
        int n = predicted.length;
        if (n == 0) return new RiskScores(0, 0, 0, 0);
        return new RiskScores(abs / n, Math.sqrt(sq / n), sum / n, n);
    }
}
