package com.fintune.ml.eval.report;

/** Colours shared by the charts: the first series is the encoder, the second the baseline. */
final class Palette {
    static final String[] SERIES = {"#1f77b4", "#ff7f0e", "#2ca02c", "#d62728"};

    private Palette() {
    }

    /** White to dark blue for a share in [0, 1]. */
    static String heat(double share) {
        double s = Math.max(0, Math.min(1, share));
        int r = (int) Math.round(255 - s * (255 - 8));
        int g = (int) Math.round(255 - s * (255 - 48));
        int b = (int) Math.round(255 - s * (255 - 107));
        return String.format("#%02x%02x%02x", r, g, b);
    }
}
