package com.fintune.interfaces.rest.assessment;

import com.fintune.assessment.application.ExplanationService;
import com.fintune.assessment.application.Viewer;
import com.fintune.interfaces.rest.problem.ProblemDetails;
import com.fintune.interfaces.rest.problem.ProblemResponses;
import com.fintune.interfaces.rest.security.CallerRoles;
import com.fintune.ml.data.FieldError;
import com.fintune.ml.data.ValidationException;
import com.fintune.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import com.fintune.interfaces.rest.contract.SystemSchemas;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.regex.Pattern;

/**
 * {@code GET /api/v1/predictions/{id}/explanation}: why the model answered as it did (Shapley values over feature
 * groups, reasons ranked by contribution, the notes' sentences). Computed on first request (about a second or two
 * with the shipped model), then kept. Who may see the prediction may see its explanation.
 */
@Path("/predictions/{id}/explanation")
@Tag(name = "Predictions")
@SecurityRequirement(name = "basic")
@SecurityRequirement(name = "jwt")
public class PredictionExplanationResource {

    private static final Pattern ID = Pattern.compile("[1-9][0-9]{0,17}");

    @EJB
    ExplanationService explanations;

    @Context
    SecurityContext security;

    @GET
    @Produces({MediaType.APPLICATION_JSON, "application/problem+json"})
    @RolesAllowed({Roles.UNDERWRITER, Roles.AUDITOR, Roles.ADMIN, Roles.INTEGRATION})
    @Operation(operationId = "explainPrediction",
            summary = "Why a stored prediction answered as it did",
            description = "reference (the reference applicant), risk and reasons.<NAME> (base, value, one Shapley "
                    + "contribution per feature group; contributions add up to value - base), principalReasons (the "
                    + "answer's reasons by contribution, with Regulation B and HMDA wording), keyFactors, tokens "
                    + "(each sentence of the notes with its character offsets and its effect on the risk score), "
                    + "check (coalitions, model inputs, largest residual, milliseconds). See docs/api.md.")
    @APIResponse(responseCode = "200", description = "The explanation", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SystemSchemas.Explanation.class)))
    @APIResponse(responseCode = "400", description = "The id is not a positive whole number",
            content = @Content(mediaType = "application/problem+json",
                    schema = @Schema(implementation = ProblemDetails.class)))
    @APIResponse(responseCode = "404", description = "No prediction with that id that this account may see")
    @APIResponse(responseCode = "409", description = "The prediction cannot be explained as it was answered (made "
            + "before applications were kept with predictions, or by a model the server no longer runs)")
    @APIResponse(responseCode = "503", description = "No model loaded, or another explanation kept it busy too long")
    public Response explanation(@Parameter(description = "predictionId of the answer") @PathParam("id") String id,
                                @HeaderParam(RequestIds.HEADER) String requestId) {
        if (id == null || !ID.matcher(id).matches()) {
            throw new ValidationException(List.of(new FieldError("id", "must be a prediction id: a whole number of 1 "
                    + "or more")));
        }
        String request = RequestIds.orNew(requestId);
        Viewer viewer = Viewer.of(security.getUserPrincipal().getName(), CallerRoles.of(security));
        return explanations.explanation(Long.parseLong(id), viewer, request)
                .<Response>map(json -> Response.ok(new RawJson(json), MediaType.APPLICATION_JSON)
                        .header(RequestIds.HEADER, request).build())
                .orElseGet(() -> ProblemResponses.of(Response.Status.NOT_FOUND, "No prediction " + id + "."));
    }
}
