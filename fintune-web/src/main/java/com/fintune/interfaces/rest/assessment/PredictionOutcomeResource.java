package com.fintune.interfaces.rest.assessment;

import com.fintune.assessment.application.OutcomeService;
import com.fintune.assessment.application.Viewer;
import com.fintune.interfaces.rest.problem.ProblemDetails;
import com.fintune.interfaces.rest.problem.ProblemResponses;
import com.fintune.interfaces.rest.security.CallerRoles;
import com.fintune.ml.data.FieldError;
import com.fintune.ml.data.ValidationException;
import com.fintune.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import com.fintune.interfaces.rest.contract.OutcomeSchemas;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.List;
import java.util.regex.Pattern;

/**
 * {@code POST /api/v1/predictions/{id}/outcome}: records the final decision (APPROVE, DENY, WITHDRAW, optional
 * comment) once per prediction; {@code GET} reads it back. The same isolation as the prediction itself.
 */
@Path("/predictions/{id}/outcome")
@Tag(name = "Predictions")
@SecurityRequirement(name = "basic")
@SecurityRequirement(name = "jwt")
public class PredictionOutcomeResource {

    private static final Pattern ID = Pattern.compile("[1-9][0-9]{0,17}");

    @EJB
    OutcomeService outcomes;

    @Context
    SecurityContext security;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({MediaType.APPLICATION_JSON, "application/problem+json"})
    @RolesAllowed({Roles.UNDERWRITER, Roles.ADMIN, Roles.INTEGRATION})
    @Operation(operationId = "recordOutcome",
            summary = "Record the final decision on a prediction",
            description = "Body {\"decision\": \"APPROVE\" | \"DENY\" | \"WITHDRAW\", \"comment\": \"…\"} (comment "
                    + "optional, at most 2,000 characters). Stored once (PREDICTION_OUTCOMES) and audited "
                    + "(RECORD_OUTCOME); accuracy monitoring compares it with the model's decision. An INTEGRATION "
                    + "account may record outcomes of its own predictions only.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = OutcomeSchemas.Request.class)))
    @APIResponse(responseCode = "201", description = "predictionId, decision, comment, recordedBy, recordedAt",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = OutcomeSchemas.Recorded.class)))
    @APIResponse(responseCode = "400", description = "Bad id or body; errors name each field",
            content = @Content(mediaType = "application/problem+json",
                    schema = @Schema(implementation = ProblemDetails.class)))
    @APIResponse(responseCode = "404", description = "No prediction with that id that this account may see")
    @APIResponse(responseCode = "409", description = "The prediction already has its final decision")
    public Response record(@Parameter(description = "predictionId of the answer") @PathParam("id") String id,
                           @HeaderParam(RequestIds.HEADER) String requestId, String body) {
        long predictionId = parse(id);
        OutcomeRequest request = OutcomeRequest.read(body);
        String requestKey = RequestIds.orNew(requestId);
        return outcomes.record(predictionId, request.decision(), request.comment(), viewer(), requestKey)
                .map(o -> Response.created(URI.create("predictions/" + id + "/outcome")).entity(o)
                        .type(MediaType.APPLICATION_JSON).header(RequestIds.HEADER, requestKey).build())
                .orElseGet(() -> notFound(id));
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, "application/problem+json"})
    @RolesAllowed({Roles.UNDERWRITER, Roles.AUDITOR, Roles.ADMIN, Roles.INTEGRATION})
    @Operation(operationId = "getOutcome",
            summary = "The final decision recorded for a prediction")
    @APIResponse(responseCode = "200", description = "predictionId, decision, comment, recordedBy, recordedAt",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = OutcomeSchemas.Recorded.class)))
    @APIResponse(responseCode = "404", description = "No such prediction for this account, or none recorded yet")
    public Response read(@Parameter(description = "predictionId of the answer") @PathParam("id") String id) {
        long predictionId = parse(id);
        return outcomes.find(predictionId, viewer())
                .<Response>map(o -> Response.ok(o, MediaType.APPLICATION_JSON).build())
                .orElseGet(() -> ProblemResponses.of(Response.Status.NOT_FOUND,
                        "No final decision recorded for prediction " + id + "."));
    }

    private static long parse(String id) {
        if (id == null || !ID.matcher(id).matches()) {
            throw new ValidationException(List.of(new FieldError("id", "must be a prediction id: a whole number of 1 "
                    + "or more")));
        }
        return Long.parseLong(id);
    }

    private static Response notFound(String id) {
        return ProblemResponses.of(Response.Status.NOT_FOUND, "No prediction " + id + ".");
    }

    private Viewer viewer() {
        return Viewer.of(security.getUserPrincipal().getName(), CallerRoles.of(security));
    }
}
