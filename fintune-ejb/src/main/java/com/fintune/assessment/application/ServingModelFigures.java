package com.fintune.assessment.application;

import com.fintune.modelregistry.domain.HeadlineFigures;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * Gauges of the serving model: whether one is loaded, how many requests wait for it, and the figures its registered evaluation (evaluation.json
 * beside the weights) reported - macro-F1 and the lowest adverse impact ratio. These are the figures measured at
 * evaluation time, not live figures over served predictions; a gauge reads NaN when the model was registered
 * without an evaluation (or without fair-lending figures).
 */
final class ServingModelFigures {

    private volatile boolean loaded;
    private volatile HeadlineFigures figures;
    private volatile java.util.function.IntSupplier waiting = () -> 0;

    void register(MetricRegistry registry) {
        registry.gauge(Metadata.builder().withName("fintune_model_loaded")
                .withDescription("1 while a model is loaded and serving, 0 while none is (predictions answer 503)")
                .build(), this, f -> f.loaded ? 1 : 0);
        registry.gauge(Metadata.builder().withName("fintune_model_evaluation_macro_f1")
                .withDescription("Macro-F1 of the denial-reason head in the serving model's registered evaluation")
                .build(), this, f -> f.figure(HeadlineFigures::macroF1));
        registry.gauge(Metadata.builder().withName("fintune_model_evaluation_min_adverse_impact_ratio")
                .withDescription("Lowest adverse impact ratio over protected groups in the serving model's "
                        + "registered evaluation (fair-lending floor: 0.8)").build(),
                this, f -> f.figure(HeadlineFigures::minimumAdverseImpactRatio));
        registry.gauge(Metadata.builder().withName("fintune_model_queue_waiting")
                .withDescription("Requests waiting for the model now; at fintune.model.queue-capacity the next one "
                        + "is refused with 503").build(), this, f -> f.waiting.getAsInt());
    }

    void queue(java.util.function.IntSupplier waiting) {
        this.waiting = waiting;
    }

    void serving(HeadlineFigures evaluated) {
        figures = evaluated;
        loaded = true;
    }

    void notServing() {
        loaded = false;
        figures = null;
    }

    private double figure(java.util.function.ToDoubleFunction<HeadlineFigures> which) {
        HeadlineFigures f = figures;
        return f == null ? Double.NaN : which.applyAsDouble(f);
    }
}
