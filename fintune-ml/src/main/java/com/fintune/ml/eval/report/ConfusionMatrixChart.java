package com.fintune.ml.eval.report;

import com.fintune.ml.eval.PrincipalReasonScores;
import java.util.List;

/** Heat map of the principal-reason confusion matrix, each row shaded by its share of the row's total. */
final class ConfusionMatrixChart {
    private static final int CELL = 34;
    private static final int LABEL = 150;

    private ConfusionMatrixChart() {
    }

    static String render(String title, PrincipalReasonScores scores) {
        List<String> labels = scores.labels();
        int n = labels.size();
        int[][] m = scores.confusion();
        Svg svg = new Svg(LABEL + CELL * n + 20, LABEL + CELL * n + 40);
        svg.text(LABEL + CELL * n / 2.0, 18, title, "middle", 0, "#000");
        svg.text(LABEL + CELL * n / 2.0, 34, "predicted principal reason →", "middle", 0, "#333");
        for (int j = 0; j < n; j++) {
            double x = LABEL + CELL * j + CELL / 2.0;
            svg.text(x, LABEL - 6, labels.get(j), "start", -60, "#000");
        }
        for (int i = 0; i < n; i++) {
            double y = LABEL + CELL * i;
            svg.text(LABEL - 6, y + CELL / 2.0 + 4, labels.get(i), "end", 0, "#000");
            int rowTotal = 0;
            for (int v : m[i]) rowTotal += v;
            for (int j = 0; j < n; j++) {
                double share = rowTotal == 0 ? 0 : (double) m[i][j] / rowTotal;
                double x = LABEL + CELL * j;
                svg.rect(x, y, CELL - 1, CELL - 1, Palette.heat(share),
                        "true " + labels.get(i) + ", predicted " + labels.get(j) + ": " + m[i][j]);
                if (m[i][j] > 0) {
                    svg.text(x + CELL / 2.0, y + CELL / 2.0 + 4, Integer.toString(m[i][j]), "middle", 0,
                            share > 0.5 ? "#fff" : "#000");
                }
            }
        }
        svg.text(10, LABEL + CELL * n / 2.0, "true principal reason", "middle", -90, "#333");
        return svg.finish();
    }
}
