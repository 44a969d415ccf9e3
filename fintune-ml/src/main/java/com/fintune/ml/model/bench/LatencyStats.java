package com.fintune.ml.model.bench;

import java.util.Arrays;

/** Percentiles of a set of timings, in milliseconds (nearest-rank). */
public record LatencyStats(int samples, double p50, double p95, double p99, double mean, double min, double max) {

    public static LatencyStats ofNanos(long[] nanos) {
        double[] ms = Arrays.stream(nanos).mapToDouble(n -> n / 1e6).sorted().toArray();
        return new LatencyStats(ms.length, rank(ms, 0.50), rank(ms, 0.95), rank(ms, 0.99),
                Arrays.stream(ms).average().orElse(0), ms[0], ms[ms.length - 1]);
    }

    private static double rank(double[] sorted, double q) {
        int i = (int) Math.ceil(q * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    /** p95 ÷ p50: how far the tail strays from the median. */
    public double tailRatio() {
        return p95 / p50;
    }
}
