package com.fintune.ml.data.generator;

import java.util.Random;

/** Small distribution helpers over a caller-owned {@link Random}. */
final class Sampling {

    private Sampling() {
    }

    static double normal(Random r, double mean, double sd, double min, double max) {
        return clamp(mean + sd * r.nextGaussian(), min, max);
    }

    static double logNormal(Random r, double median, double sigma) {
        return median * Math.exp(sigma * r.nextGaussian());
    }

    static double uniform(Random r, double min, double max) {
        return min + (max - min) * r.nextDouble();
    }

    static int poisson(Random r, double mean) {
        double l = Math.exp(-mean);
        int k = 0;
        double p = r.nextDouble();
        while (p > l) {
            k++;
            p *= r.nextDouble();
        }
        return k;
    }

    /** Index drawn with the given (not necessarily normalised) weights. */
    static int pick(Random r, double... weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double u = r.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            u -= weights[i];
            if (u < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    static double clamp(double v, double min, double max) {
        return Math.max(min, Math.min(max, v));
    }

    /** Rounds to a multiple of step; decimal steps (0.1, 0.5) give the nearest double to the decimal (45.3). */
    static double round(double v, double step) {
        if (step < 1) {
            double per = Math.rint(1 / step);
            return Math.round(v * per) / per;
        }
        return Math.round(v / step) * step;
    }

    /** Monthly principal and interest of an amortising loan. */
    static double payment(double principal, double annualRatePercent, int months) {
        double i = annualRatePercent / 1200;
        return principal * i / (1 - Math.pow(1 + i, -months));
    }
}
