package com.fintune.assessment.application;

import com.fintune.assessment.infrastructure.LatencyWindow;
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
import java.util.EnumMap;
import java.util.Map;

/**
 * Prediction metrics: exported to /metrics through MicroProfile Metrics (latency as a timer with p50/p95/p99 and
 * buckets, micro-batch sizes as a histogram, counters per channel and for the cache) and kept in a window for
 * the JSON view at /api/v1/metrics.
 */
@ApplicationScoped
public class PredictionMetrics {

    public static final String LATENCY = "fintune_prediction_latency";
    public static final String BATCH_SIZE = "fintune_model_batch_size";

    @Inject
    MetricRegistry registry;

    private final LatencyWindow window = new LatencyWindow(10_000);
    private final Map<Channel, Counter> predictions = new EnumMap<>(Channel.class);
    private Timer latency;
    private Timer modelTime;
    private Histogram batchSizes;
    private Counter cacheHits;
    private Counter cacheMisses;

    @PostConstruct
    void register() {
        latency = registry.timer(Metadata.builder().withName(LATENCY)
                .withDescription("Time to answer one prediction, end to end inside the server").build());
        modelTime = registry.timer(Metadata.builder().withName("fintune_model_batch_time")
                .withDescription("Time the encoder took for one micro-batch").build());
        batchSizes = registry.histogram(Metadata.builder().withName(BATCH_SIZE)
                .withDescription("Applications per micro-batch run by the encoder").withUnit(MetricUnits.NONE).build());
        for (Channel c : Channel.values()) {
            predictions.put(c, registry.counter(Metadata.builder().withName("fintune_predictions_total")
                    .withDescription("Predictions answered").build(), new Tag("channel", c.name())));
        }
        cacheHits = registry.counter(Metadata.builder().withName("fintune_cache_hits_total")
                .withDescription("Predictions whose model scores came from the cache").build());
        cacheMisses = registry.counter(Metadata.builder().withName("fintune_cache_misses_total")
                .withDescription("Predictions that ran the model").build());
    }

    public void answered(Channel channel, Duration took, boolean cached) {
        latency.update(took);
        window.record(took.toNanos() / 1e6);
        predictions.get(channel).inc();
        (cached ? cacheHits : cacheMisses).inc();
    }

    public void batchRan(int size, long nanos) {
        batchSizes.update(size);
        modelTime.update(Duration.ofNanos(nanos));
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
}
