package com.fintune.ml.eval.drift;

/**
 * The population stability index between a reference and an actual distribution over the same bins:
 * {@code PSI = sum over bins of (actual - expected) * ln(actual / expected)}, proportions floored at
 * {@link #EPSILON} so that an empty bin on either side gives a large but finite term. Usual reading: under 0.1 no
 * material shift, 0.1-0.25 a shift to watch, over 0.25 a shift to act on. With n actual observations over k bins
 * an unchanged population still gives about (k - 1) / n by sampling alone (n * PSI is roughly chi-square with
 * k - 1 degrees of freedom), so a window needs a few hundred predictions before 0.1 means something.
 */
public final class PopulationStability {

    /** Floor of a bin's proportion (an empty bin counts as this share). */
    public static final double EPSILON = 1e-4;

    private PopulationStability() {
    }

    /** PSI of two proportion vectors of the same length (each summing to about 1). */
    public static double index(double[] expected, double[] actual) {
        if (expected.length != actual.length) {
            throw new IllegalArgumentException("expected has " + expected.length + " bins, actual " + actual.length);
        }
        double psi = 0;
        for (int i = 0; i < expected.length; i++) {
            double e = Math.max(expected[i], EPSILON);
            double a = Math.max(actual[i], EPSILON);
            psi += (a - e) * Math.log(a / e);
        }
        return psi;
    }

    /** Proportions of counts; all zero when there are none. */
    public static double[] proportions(long[] counts) {
        long total = 0;
        for (long c : counts) {
            total += c;
        }
        double[] p = new double[counts.length];
        for (int i = 0; i < counts.length && total > 0; i++) {
            p[i] = (double) counts[i] / total;
        }
        return p;
    }
}
