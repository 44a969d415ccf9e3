package com.fintune.interfaces.console.volume;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fintune.assessment.application.ActivityFigures;
import com.fintune.interfaces.console.Labels;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The Chart.js configuration of a stacked bar chart: predictions per day by the model's decision. */
public final class VolumeChart {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);
    private static final Map<String, String> COLOURS = Map.of("APPROVE", "#16a34a", "REFER", "#f59e0b",
            "DENY", "#dc2626");

    private VolumeChart() {
    }

    public static String json(ActivityFigures.Report report) {
        ObjectNode config = JSON.createObjectNode().put("type", "bar");
        ObjectNode data = config.putObject("data");
        ArrayNode labels = data.putArray("labels");
        report.days().forEach(d -> labels.add(DAY.format(d.day())));
        ArrayNode datasets = data.putArray("datasets");
        for (String decision : List.of("APPROVE", "REFER", "DENY")) {
            ObjectNode set = datasets.addObject().put("label", Labels.words(decision))
                    .put("backgroundColor", COLOURS.get(decision));
            ArrayNode values = set.putArray("data");
            report.days().forEach(d -> values.add(d.byDecision().getOrDefault(decision, 0L)));
        }
        ObjectNode options = config.putObject("options");
        options.put("responsive", true).put("maintainAspectRatio", false).put("animation", false);
        ObjectNode scales = options.putObject("scales");
        scales.putObject("x").put("stacked", true);
        ObjectNode y = scales.putObject("y").put("stacked", true).put("beginAtZero", true);
        y.putObject("title").put("display", true).put("text", "Predictions");
        y.putObject("ticks").put("precision", 0);
        options.putObject("plugins").putObject("legend").put("position", "bottom");
        return config.toString();
    }
}
