package com.fintune.ml.eval.report;

import java.util.Locale;

/** A tiny SVG writer: enough for axes, bars, cells and labels, with text escaped. */
final class Svg {
    private final StringBuilder out = new StringBuilder();

    Svg(int width, int height) {
        out.append(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" "
                        + "font-family=\"DejaVu Sans, Arial, sans-serif\" font-size=\"11\">%n",
                width, height, width, height));
        rect(0, 0, width, height, "#ffffff", null);
    }

    Svg rect(double x, double y, double w, double h, String fill, String title) {
        out.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\">",
                x, y, Math.max(0, w), Math.max(0, h), fill));
        if (title != null) out.append("<title>").append(escape(title)).append("</title>");
        out.append("</rect>\n");
        return this;
    }

    Svg line(double x1, double y1, double x2, double y2, String stroke, double width, boolean dashed) {
        out.append(String.format(Locale.ROOT,
                "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" stroke-width=\"%.1f\"%s/>%n",
                x1, y1, x2, y2, stroke, width, dashed ? " stroke-dasharray=\"4 3\"" : ""));
        return this;
    }

    Svg polyline(double[] xs, double[] ys, String stroke) {
        out.append("<polyline fill=\"none\" stroke=\"").append(stroke).append("\" stroke-width=\"2\" points=\"");
        for (int i = 0; i < xs.length; i++) {
            out.append(String.format(Locale.ROOT, "%.1f,%.1f ", xs[i], ys[i]));
        }
        out.append("\"/>\n");
        return this;
    }

    Svg circle(double cx, double cy, double r, String fill) {
        out.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"%s\"/>%n",
                cx, cy, r, fill));
        return this;
    }

    /** anchor: start, middle or end; rotate: degrees about the text's anchor point. */
    Svg text(double x, double y, String text, String anchor, int rotate, String fill) {
        String transform = rotate == 0 ? ""
                : String.format(Locale.ROOT, " transform=\"rotate(%d %.1f %.1f)\"", rotate, x, y);
        out.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" fill=\"%s\"%s>",
                x, y, anchor, fill, transform)).append(escape(text)).append("</text>\n");
        return this;
    }

    String finish() {
        return out + "</svg>\n";
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
