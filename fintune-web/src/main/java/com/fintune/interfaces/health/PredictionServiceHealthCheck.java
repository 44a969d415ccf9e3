package com.fintune.interfaces.health;

import com.fintune.assessment.application.ModelRuntime;
import com.fintune.assessment.infrastructure.cache.CacheHealth;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness of the prediction service: DOWN only while no model is loaded. A Redis that went away does not make
 * it DOWN (predictions are answered uncached); it shows as {@code cache: DEGRADED} with the last error.
 */
@Readiness
@ApplicationScoped
public class PredictionServiceHealthCheck implements HealthCheck {

    @EJB
    ModelRuntime runtime;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder r = HealthCheckResponse.named("prediction-service");
        runtime.modelVersion().ifPresentOrElse(v -> r.up().withData("model", v),
                () -> r.down().withData("model", runtime.loadProblem().orElse("not loaded")));
        CacheHealth cache = runtime.cacheHealth();
        r.withData("cacheBackend", cache.backend()).withData("cache", cache.available() ? "OK" : "DEGRADED");
        if (cache.lastError() != null) {
            r.withData("cacheError", cache.lastError());
        }
        return r.build();
    }
}
