package com.fintune.ml.eval.report;

import com.fintune.ml.eval.Calibration;
import com.fintune.ml.eval.ReliabilityBin;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Reliability diagram: observed frequency against mean confidence per bin, the diagonal as perfect calibration. */
final class ReliabilityChart {
    private static final int SIZE = 360;
    private static final int MARGIN = 50;

    private ReliabilityChart() {
    }

    static String render(String title, List<String> series, List<Calibration> calibrations) {
        Svg svg = new Svg(SIZE + MARGIN + 150, SIZE + 2 * MARGIN);
        double plot = SIZE - MARGIN;
        svg.text(MARGIN + plot / 2, 20, title, "middle", 0, "#000");
        for (int t = 0; t <= 10; t += 2) {
            double v = t / 10.0;
            svg.line(x(v, plot), y(0, plot), x(v, plot), y(1, plot), "#e5e5e5", 1, false);
            svg.line(x(0, plot), y(v, plot), x(1, plot), y(v, plot), "#e5e5e5", 1, false);
            svg.text(x(v, plot), y(0, plot) + 15, String.format(Locale.ROOT, "%.1f", v), "middle", 0, "#333");
            svg.text(x(0, plot) - 6, y(v, plot) + 4, String.format(Locale.ROOT, "%.1f", v), "end", 0, "#333");
        }
        svg.line(x(0, plot), y(0, plot), x(1, plot), y(1, plot), "#888", 1, true);
        svg.text(MARGIN + plot / 2, y(0, plot) + 32, "mean predicted probability", "middle", 0, "#000");
        svg.text(14, MARGIN + plot / 2, "observed frequency", "middle", -90, "#000");
        for (int s = 0; s < calibrations.size(); s++) {
            String color = Palette.SERIES[s % Palette.SERIES.length];
            List<Double> xs = new ArrayList<>();
            List<Double> ys = new ArrayList<>();
            for (ReliabilityBin b : calibrations.get(s).bins()) {
                if (b.count() == 0) continue;
                xs.add(x(b.meanConfidence(), plot));
                ys.add(y(b.observedFrequency(), plot));
                svg.circle(xs.get(xs.size() - 1), ys.get(ys.size() - 1), 3.5, color);
            }
            svg.polyline(xs.stream().mapToDouble(Double::doubleValue).toArray(),
                    ys.stream().mapToDouble(Double::doubleValue).toArray(), color);
            double ly = MARGIN + 20 * s;
            svg.rect(SIZE + 10, ly - 9, 12, 12, color, null);
            svg.text(SIZE + 28, ly + 1, String.format(Locale.ROOT, "%s (ECE %.3f)", series.get(s),
                    calibrations.get(s).expectedCalibrationError()), "start", 0, "#000");
        }
        return svg.finish();
    }

    private static double x(double v, double plot) {
        return MARGIN + v * plot;
    }

    private static double y(double v, double plot) {
        return MARGIN + (1 - v) * plot;
    }
}
