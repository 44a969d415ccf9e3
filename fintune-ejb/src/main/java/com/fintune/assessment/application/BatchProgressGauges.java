package com.fintune.assessment.application;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;

import java.util.function.ToLongFunction;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Batch job progress as gauges on /metrics: batches queued or running, their items and how many are done. Read
 * from PREDICTION_BATCHES at scrape time (one aggregate query, reused for a second so the three gauges of one
 * scrape share it); NaN when the database cannot be read.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class BatchProgressGauges {

    private static final Logger LOG = Logger.getLogger(BatchProgressGauges.class.getName());
    private static final long REUSE_NANOS = 1_000_000_000L;

    @Inject
    MetricRegistry registry;

    @EJB
    BatchPredictionService batches;

    private volatile BatchPredictionService.ActiveBatches last;
    private volatile long readAt;

    @PostConstruct
    void register() {
        gauge("fintune_batch_active_jobs", "Prediction batches queued or running", BatchPredictionService.ActiveBatches::batches);
        gauge("fintune_batch_active_items", "Items in the prediction batches queued or running",
                BatchPredictionService.ActiveBatches::items);
        gauge("fintune_batch_active_items_done", "Items already predicted in the batches queued or running",
                BatchPredictionService.ActiveBatches::done);
    }

    private void gauge(String name, String description, ToLongFunction<BatchPredictionService.ActiveBatches> which) {
        registry.gauge(Metadata.builder().withName(name).withDescription(description).build(), this,
                g -> g.read(which));
    }

    private double read(ToLongFunction<BatchPredictionService.ActiveBatches> which) {
        BatchPredictionService.ActiveBatches a = last;
        if (a == null || System.nanoTime() - readAt > REUSE_NANOS) {
            try {
                a = batches.active();
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "batch progress could not be read for /metrics", e);
                return Double.NaN;
            }
            last = a;
            readAt = System.nanoTime();
        }
        return which.applyAsLong(a);
    }
}
