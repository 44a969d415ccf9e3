package com.fintune.interfaces.console.monitoring;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fintune.assessment.application.ActivityFigures;
import com.fintune.assessment.application.PredictionActivity;
import com.fintune.assessment.application.PredictionStatistics;
import com.fintune.assessment.application.RecentBatches;
import com.fintune.interfaces.console.ConsoleUser;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import java.util.List;
import java.util.Locale;

/** The Monitoring screen, read once per request. */
@Named("monitoring")
@RequestScoped
public class MonitoringBean {

    private static final ObjectMapper JSON = new ObjectMapper();

    @EJB
    PredictionStatistics statistics;

    @EJB
    PredictionActivity activity;

    @EJB
    RecentBatches batches;

    private PredictionStatistics.Snapshot snapshot;
    private ActivityFigures.Report week;
    private List<RecentBatches.Batch> recent;

    @PostConstruct
    void load() {
        snapshot = statistics.snapshot();
        week = activity.lastDays(7, ConsoleUser.viewer());
        recent = batches.newest(10);
    }

    public PredictionStatistics.Snapshot getSnapshot() { return snapshot; }
    public List<RecentBatches.Batch> getBatches() { return recent; }

    /** Milliseconds with one decimal, or a dash when unknown. */
    public String ms(Double value) {
        return value == null ? "–" : String.format(Locale.US, "%,.1f ms", value);
    }

    /** The Chart.js configuration of the seven days' latency histogram. */
    public String getLatencyChart() {
        ObjectNode config = JSON.createObjectNode().put("type", "bar");
        ObjectNode data = config.putObject("data");
        ArrayNode labels = data.putArray("labels");
        ArrayNode values = data.putArray("datasets").addObject().put("label", "Predictions (7 days)")
                .put("backgroundColor", "#1f3a5f").putArray("data");
        for (ActivityFigures.LatencyBucket b : week.latency()) {
            labels.add(b.toMs() == null ? "≥ " + seconds(b.fromMs()) : seconds(b.fromMs()) + "–" + seconds(b.toMs()));
            values.add(b.count());
        }
        ObjectNode options = config.putObject("options").put("responsive", true).put("maintainAspectRatio", false)
                .put("animation", false);
        ObjectNode y = options.putObject("scales").putObject("y").put("beginAtZero", true);
        y.putObject("ticks").put("precision", 0);
        options.putObject("plugins").putObject("legend").put("display", false);
        return config.toString();
    }

    private static String seconds(int ms) {
        return ms < 1000 ? ms + " ms" : String.format(Locale.US, "%.1f s", ms / 1000.0);
    }
}
