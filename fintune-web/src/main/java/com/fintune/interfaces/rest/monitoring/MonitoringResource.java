package com.fintune.interfaces.rest.monitoring;

import com.fintune.assessment.application.PredictionActivity;
import com.fintune.assessment.application.Viewer;
import com.fintune.interfaces.rest.problem.ProblemResponses;
import com.fintune.interfaces.rest.security.CallerRoles;
import com.fintune.monitoring.service.DriftService;
import com.fintune.monitoring.service.FairLendingMonitor;
import com.fintune.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import com.fintune.interfaces.rest.contract.MonitoringSchemas;
import com.fintune.interfaces.rest.contract.ActivitySchemas;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** Drift, fair-lending and accuracy figures of the served model versions (ADMIN and AUDITOR). */
@Path("/monitoring")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.AUDITOR})
@Tag(name = "Monitoring", description = "Drift, fair lending and accuracy of the served models")
@SecurityRequirement(name = "basic")
@SecurityRequirement(name = "jwt")
public class MonitoringResource {

    static final int MAX_DAYS = 3660;
    /** The accuracy report reads every prediction of the window: at most 92 days. */
    static final int MAX_ACCURACY_DAYS = 92;

    @Context
    SecurityContext security;

    @EJB
    PredictionActivity activity;

    @EJB
    DriftService drift;

    @EJB
    FairLendingMonitor fairLending;

    @GET
    @Path("/drift")
    @Operation(operationId = "getDrift",
            summary = "The latest drift check: PSI and level (OK, WATCH, ACT) of every feature, the risk score, "
            + "each reason's probability and the note figures")
    @APIResponse(responseCode = "200", description = "The latest drift check", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MonitoringSchemas.Drift.class)))
    @APIResponse(responseCode = "404", description = "No drift check has run yet")
    public Response drift() {
        return drift.latest().map(r -> Response.ok(r).build()).orElseGet(() -> ProblemResponses.of(
                Response.Status.NOT_FOUND, "No drift check has run yet; start one with "
                        + "POST /api/v1/system/batch/jobs/drift-check."));
    }

    @GET
    @Path("/fair-lending")
    @Operation(operationId = "getFairLending",
            summary = "Adverse impact ratios of approval and standardized mean differences of risk by race, "
            + "ethnicity, sex and age band, per model version, over the last N days of predictions")
    @APIResponse(responseCode = "200", description = "The figures per model version", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MonitoringSchemas.FairLending.class)))
    @APIResponse(responseCode = "400", description = "days is not a whole number in range")
    public Response fairLending(@QueryParam("days") @DefaultValue("30") String days) {
        int n = days(days, MAX_DAYS);
        return n < 1 ? badDays(MAX_DAYS) : Response.ok(fairLending.report(n)).build();
    }

    @GET
    @Path("/accuracy")
    @Operation(operationId = "getAccuracy",
            summary = "Predictions per day by channel and decision, latency, and how often the model's decisions "
            + "agreed with the final decisions recorded (POST /predictions/{id}/outcome), over the last N days")
    @APIResponse(responseCode = "200", description = "The figures day by day", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ActivitySchemas.Report.class)))
    @APIResponse(responseCode = "400", description = "days is not a whole number from 1 to 92")
    public Response accuracy(@QueryParam("days") @DefaultValue("7") String days) {
        int n = days(days, MAX_ACCURACY_DAYS);
        return n < 1 ? badDays(MAX_ACCURACY_DAYS)
                : Response.ok(activity.lastDays(n, Viewer.of(security.getUserPrincipal().getName(),
                        CallerRoles.of(security)))).build();
    }

    /** The days parameter as a number from 1 to {@code max}, or 0 when it is not one. */
    private static int days(String days, int max) {
        try {
            int n = Integer.parseInt(days.trim());
            return n >= 1 && n <= max ? n : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static Response badDays(int max) {
        return ProblemResponses.of(400, "Bad Request", "days must be a whole number from 1 to " + max + ".",
                java.util.List.of(new com.fintune.interfaces.rest.problem.ProblemDetails.FieldError("days",
                        "must be a whole number from 1 to " + max)));
    }
}
