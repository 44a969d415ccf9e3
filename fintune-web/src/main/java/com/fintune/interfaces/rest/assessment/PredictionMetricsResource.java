package com.fintune.interfaces.rest.assessment;

import com.fintune.assessment.application.PredictionStatistics;
import com.fintune.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import com.fintune.interfaces.rest.contract.MetricsSchema;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * {@code GET /api/v1/metrics}: the serving model's registered evaluation, prediction volume, latency percentiles
 * and cache hit rate, for administrators and auditors. Prometheus scrapes the same at /metrics.
 */
@Path("/metrics")
@Tag(name = "Predictions")
@SecurityRequirement(name = "basic")
@SecurityRequirement(name = "jwt")
public class PredictionMetricsResource {

    @EJB
    PredictionStatistics statistics;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.AUDITOR})
    @Operation(operationId = "getMetrics",
            summary = "Model performance, prediction volume, latency p50/p95/p99 and cache hit rate")
    @APIResponse(responseCode = "200", description = "The figures", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MetricsSchema.class)))
    public PredictionStatistics.Snapshot metrics() {
        return statistics.snapshot();
    }
}
