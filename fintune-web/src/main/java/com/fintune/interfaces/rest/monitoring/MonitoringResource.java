package com.fintune.interfaces.rest.monitoring;

import com.fintune.interfaces.rest.problem.ProblemResponses;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Drift and fair-lending figures of the served model versions. */
@Path("/monitoring")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.AUDITOR})
public class MonitoringResource {

    static final int MAX_DAYS = 3660;

    @EJB
    DriftService drift;

    @EJB
    FairLendingMonitor fairLending;

    @GET
    @Path("/drift")
    @Operation(summary = "The latest drift check: PSI and level (OK, WATCH, ACT) of every feature, the risk score, "
            + "each reason's probability and the note figures")
    public Response drift() {
        return drift.latest().map(r -> Response.ok(r).build()).orElseGet(() -> ProblemResponses.of(
                Response.Status.NOT_FOUND, "No drift check has run yet; start one with "
                        + "POST /api/v1/system/batch/jobs/drift-check."));
    }

    @GET
    @Path("/fair-lending")
    @Operation(summary = "Adverse impact ratios of approval and standardized mean differences of risk by race, "
            + "ethnicity, sex and age band, per model version, over the last N days of predictions")
    public Response fairLending(@QueryParam("days") @DefaultValue("30") String days) {
        int n;
        try {
            n = Integer.parseInt(days.trim());
        } catch (NumberFormatException e) {
            n = 0;
        }
        if (n < 1 || n > MAX_DAYS) {
            return ProblemResponses.of(400, "Bad Request", "days must be a whole number from 1 to " + MAX_DAYS + ".",
                    java.util.List.of(new com.fintune.interfaces.rest.problem.ProblemDetails.FieldError("days",
                            "must be a whole number from 1 to " + MAX_DAYS)));
        }
        return Response.ok(fairLending.report(n)).build();
    }
}
