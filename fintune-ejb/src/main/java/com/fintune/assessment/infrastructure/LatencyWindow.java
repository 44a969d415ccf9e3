package com.fintune.assessment.infrastructure;

import java.util.Arrays;

/**
 * The most recent latencies (a fixed-size ring) and their percentiles, for the JSON metrics endpoint. Thread-safe;
 * MicroProfile Metrics keeps the exported histograms, this keeps what /api/v1/metrics shows.
 */
public final class LatencyWindow {

    private final double[] ring;
    private long recorded;

    public LatencyWindow(int size) {
        ring = new double[size];
    }

    public synchronized void record(double millis) {
        ring[(int) (recorded++ % ring.length)] = millis;
    }

    /** Percentiles (0..100) over the window, in the order asked; NaN when nothing was recorded. */
    public double[] percentiles(double... ps) {
        double[] copy;
        synchronized (this) {
            copy = Arrays.copyOf(ring, (int) Math.min(recorded, ring.length));
        }
        double[] out = new double[ps.length];
        if (copy.length == 0) {
            Arrays.fill(out, Double.NaN);
            return out;
        }
        Arrays.sort(copy);
        for (int i = 0; i < ps.length; i++) {
            int rank = (int) Math.ceil(ps[i] / 100.0 * copy.length);
            out[i] = copy[Math.max(0, Math.min(copy.length - 1, rank - 1))];
        }
        return out;
    }

    public synchronized long count() {
        return recorded;
    }
}
