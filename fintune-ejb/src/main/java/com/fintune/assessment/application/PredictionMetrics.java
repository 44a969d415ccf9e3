package com.fintune.assessment.application;

import com.fintune.assessment.infrastructure.LatencyWindow;
import com.fintune.modelregistry.domain.HeadlineFigures;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Histogram;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.Timer;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Prediction metrics: exported to /metrics through MicroProfile Metrics (latency as a timer, micro-batch sizes as
 * a histogram, predictions counted per channel and decision, the cache's hits and misses, the serving model's
 * registered evaluation figures) and kept in a window for the JSON view at /api/v1/metrics. The names are the
 * contract of deploy/prometheus and deploy/grafana (docs/operations.md); rename one and they break.
 */
@ApplicationScoped
public class PredictionMetrics {

    public static final String LATENCY = "fintune_prediction_latency";
    public static final String BATCH_SIZE = "fintune_model_batch_size";
    public static final String BATCH_TIME = "fintune_model_batch_time";
    public static final String PREDICTIONS = "fintune_predictions_total";
    public static final String FAILURES = "fintune_prediction_failures_total";
    /** A failure's reason: no model loaded (503) or anything else that went wrong on the server's side. */
    public static final String FAILED_MODEL_UNAVAILABLE = "MODEL_UNAVAILABLE";
    public static final String FAILED_ERROR = "ERROR";
    /** The decisions the policy gives; each is registered at start so every series exists before its first use. */
    static final String[] DECISIONS = {"APPROVE", "REFER", "DENY"};

    @Inject
    MetricRegistry registry;

    private final LatencyWindow window = new LatencyWindow(10_000);
    private final Map<String, Counter> predictions = new ConcurrentHashMap<>();
    private final ServingModelFigures servingModel = new ServingModelFigures();
    private final Map<String, Counter> failures = new ConcurrentHashMap<>();
    private Metadata predictionsMetadata;
    private Metadata failuresMetadata;
    private Timer latency;
    private Timer modelTime;
    private Histogram batchSizes;
    private Counter cacheHits;
    private Counter cacheMisses;

    @PostConstruct
    void register() {
        latency = registry.timer(Metadata.builder().withName(LATENCY)
                .withDescription("Time to answer one prediction, end to end inside the server").build());
        modelTime = registry.timer(Metadata.builder().withName(BATCH_TIME)
                .withDescription("Time the encoder took for one micro-batch").build());
        batchSizes = registry.histogram(Metadata.builder().withName(BATCH_SIZE)
                .withDescription("Applications per micro-batch run by the encoder").withUnit(MetricUnits.NONE).build());
        predictionsMetadata = Metadata.builder().withName(PREDICTIONS)
                .withDescription("Predictions answered, by channel and decision").build();
        for (Channel c : Channel.values()) {
            for (String decision : DECISIONS) {
                predictionCounter(c, decision);
            }
        }
        failuresMetadata = Metadata.builder().withName(FAILURES)
                .withDescription("Valid prediction requests that failed on the server's side (invalid input is not "
                        + "counted), by channel and reason").build();
        for (Channel c : Channel.values()) {
            failureCounter(c, FAILED_MODEL_UNAVAILABLE);
            failureCounter(c, FAILED_ERROR);
        }
        cacheHits = registry.counter(Metadata.builder().withName("fintune_cache_hits_total")
                .withDescription("Predictions whose model scores came from the cache").build());
        cacheMisses = registry.counter(Metadata.builder().withName("fintune_cache_misses_total")
                .withDescription("Predictions that ran the model").build());
        servingModel.register(registry);
    }

    public void answered(Channel channel, String decision, Duration took, boolean cached) {
        latency.update(took);
        window.record(took.toNanos() / 1e6);
        predictionCounter(channel, decision).inc();
        (cached ? cacheHits : cacheMisses).inc();
    }

    /** A valid request that got no answer: {@link #FAILED_MODEL_UNAVAILABLE} or {@link #FAILED_ERROR}. */
    public void failed(Channel channel, String reason) {
        failureCounter(channel, reason).inc();
    }

    public void batchRan(int size, long nanos) {
        batchSizes.update(size);
        modelTime.update(Duration.ofNanos(nanos));
    }

    /** The model now serving and its registered evaluation's headline figures (null when it has none). */
    public void serving(HeadlineFigures figures) {
        servingModel.serving(figures);
    }

    /** Where the queue-depth gauge reads how many requests wait for the model. */
    public void queue(java.util.function.IntSupplier waiting) {
        servingModel.queue(waiting);
    }

    /** No model serves (it failed to load). */
    public void notServing() {
        servingModel.notServing();
    }

    /** p50, p95, p99 in milliseconds over the recent window (NaN before the first prediction). */
    public double[] latencyPercentiles() {
        return window.percentiles(50, 95, 99);
    }

    public long answeredSinceStart() {
        return window.count();
    }

    public long cacheHits() {
        return cacheHits.getCount();
    }

    public long cacheMisses() {
        return cacheMisses.getCount();
    }

    private Counter failureCounter(Channel channel, String reason) {
        return failures.computeIfAbsent(channel.name() + "/" + reason, k -> registry.counter(failuresMetadata,
                new Tag("channel", channel.name()), new Tag("reason", reason)));
    }

    private Counter predictionCounter(Channel channel, String decision) {
        String d = decision == null ? "NONE" : decision;
        return predictions.computeIfAbsent(channel.name() + "/" + d, k -> registry.counter(predictionsMetadata,
                new Tag("channel", channel.name()), new Tag("decision", d)));
    }
}
