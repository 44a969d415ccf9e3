package com.fintune.interfaces.console.evaluation;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fintune.ml.eval.CategoryScore;
import com.fintune.ml.eval.EvaluationReport;
import java.util.List;
import java.util.Map;

/**
 * The Chart.js configuration (for PrimeFaces' {@code <p:chart value=...>}) of a bar chart of F1 per denial reason:
 * the encoder's bars beside the tabular baseline's, on a 0-1 axis.
 */
public final class ReasonF1Chart {

    static final String ENCODER_COLOUR = "#1f3a5f";
    static final String BASELINE_COLOUR = "#9aa5b1";
    private static final ObjectMapper JSON = new ObjectMapper();

    private ReasonF1Chart() {
    }

    public static String json(EvaluationReport report) {
        List<CategoryScore> encoder = report.encoder().reasons().perCategory();
        Map<String, CategoryScore> baseline = ReasonRow.baselineByCategory(report);
        ObjectNode config = JSON.createObjectNode().put("type", "bar");
        ObjectNode data = config.putObject("data");
        ArrayNode labels = data.putArray("labels");
        encoder.forEach(c -> labels.add(c.category()));
        ArrayNode datasets = data.putArray("datasets");
        ArrayNode encoderBars = dataset(datasets, "Encoder: " + report.encoder().model(), ENCODER_COLOUR);
        encoder.forEach(c -> encoderBars.add(rounded(c.f1())));
        if (!baseline.isEmpty()) {
            ArrayNode baselineBars = dataset(datasets, "Baseline: " + report.baseline().model(), BASELINE_COLOUR);
            encoder.forEach(c -> {
                CategoryScore b = baseline.get(c.category());
                if (b == null) {
                    baselineBars.addNull();
                } else {
                    baselineBars.add(rounded(b.f1()));
                }
            });
        }
        ObjectNode options = config.putObject("options");
        options.put("responsive", true).put("maintainAspectRatio", false);
        ObjectNode y = options.putObject("scales").putObject("y").put("min", 0).put("max", 1);
        y.putObject("title").put("display", true).put("text", "F1");
        options.putObject("plugins").putObject("legend").put("position", "bottom");
        return config.toString();
    }

    private static ArrayNode dataset(ArrayNode datasets, String label, String colour) {
        ObjectNode set = datasets.addObject().put("label", label).put("backgroundColor", colour);
        return set.putArray("data");
    }

    private static double rounded(double f1) {
        return Math.round(f1 * 1000) / 1000.0;
    }
}
