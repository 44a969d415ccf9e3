package com.fintune.interfaces.rest.contract;

import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * GET /metrics as the OpenAPI document describes it: the service's {@code PredictionStatistics.Snapshot} and its
 * {@code CacheHealth}, field for field (MetricsSchemaTest holds the names equal).
 */
@Schema(name = "PredictionMetrics", description = "The serving model, prediction volume, latency and cache")
public record MetricsSchema(
        @Schema(nullable = true, description = "The loaded model, or null") String modelVersion,
        @Schema(nullable = true, description = "Why no model is loaded, or null") String modelProblem,
        @Schema(nullable = true, description = "The registered evaluation of that version (fintune evaluate's "
                + "JSON), or null") Map<String, Object> modelEvaluation,
        @Schema(required = true, minimum = "0", description = "Stored predictions") long predictionsTotal,
        @Schema(required = true, minimum = "0", description = "Stored predictions of the last 24 hours")
        long predictionsLast24h,
        @Schema(required = true, minimum = "0", description = "Answered by this server since it started")
        long answeredSinceStart,
        @Schema(nullable = true, minimum = "0", description = "Median latency, ms (null before the first)")
        Double latencyP50Ms,
        @Schema(nullable = true, minimum = "0") Double latencyP95Ms,
        @Schema(nullable = true, minimum = "0") Double latencyP99Ms,
        @Schema(required = true) Cache cache,
        @Schema(required = true, minimum = "0", maximum = "1", description = "Hits ÷ lookups since start")
        double cacheHitRate) {

    /** The prediction cache. */
    @Schema(name = "CacheHealth", description = "The prediction cache's backend, state and counters")
    public record Cache(
            @Schema(required = true, enumeration = {"redis", "in-process"}) String backend,
            @Schema(required = true, description = "False while the backend fails (answers are then uncached)")
            boolean available,
            @Schema(nullable = true, description = "The last failure's message, or null") String lastError,
            @Schema(required = true, minimum = "0") long hits,
            @Schema(required = true, minimum = "0") long misses,
            @Schema(required = true, minimum = "0") long errors) {
    }
}
