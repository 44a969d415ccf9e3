package com.fintune.ml.eval.report;

import java.util.List;
import java.util.Locale;

/** Grouped horizontal bars: one row per category, one bar per model (e.g. F1 of the encoder beside the baseline). */
final class CategoryBarChart {
    private static final int LABEL = 150;
    private static final int PLOT = 380;
    private static final int ROW = 30;
    private static final int TOP = 40;

    private CategoryBarChart() {
    }

    /** values[series][category] in [0, 1]. */
    static String render(String title, List<String> categories, List<String> series, double[][] values) {
        int height = TOP + ROW * categories.size() + 50;
        Svg svg = new Svg(LABEL + PLOT + 60, height);
        svg.text(LABEL + PLOT / 2.0, 20, title, "middle", 0, "#000");
        double bottom = TOP + ROW * categories.size();
        for (int t = 0; t <= 10; t += 2) {
            double xv = LABEL + PLOT * t / 10.0;
            svg.line(xv, TOP - 5, xv, bottom, "#e5e5e5", 1, false);
            svg.text(xv, bottom + 14, String.format(Locale.ROOT, "%.1f", t / 10.0), "middle", 0, "#333");
        }
        double bar = (ROW - 8.0) / series.size();
        for (int c = 0; c < categories.size(); c++) {
            double top = TOP + ROW * c + 4;
            svg.text(LABEL - 6, top + ROW / 2.0, categories.get(c), "end", 0, "#000");
            for (int s = 0; s < series.size(); s++) {
                double v = values[s][c];
                String label = String.format(Locale.ROOT, "%s %s: %.3f", categories.get(c), series.get(s), v);
                svg.rect(LABEL, top + bar * s, PLOT * v, bar - 1, Palette.SERIES[s % Palette.SERIES.length], label);
                svg.text(LABEL + PLOT * v + 3, top + bar * s + bar - 3, String.format(Locale.ROOT, "%.3f", v),
                        "start", 0, "#333");
            }
        }
        for (int s = 0; s < series.size(); s++) {
            double lx = LABEL + 140 * s;
            svg.rect(lx, bottom + 24, 12, 12, Palette.SERIES[s % Palette.SERIES.length], null);
            svg.text(lx + 16, bottom + 34, series.get(s), "start", 0, "#000");
        }
        return svg.finish();
    }
}
