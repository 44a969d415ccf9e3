package com.fintune.interfaces.rest.assessment;

import com.fintune.assessment.application.StoredPredictions;
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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import com.fintune.interfaces.rest.contract.EnumSchemas;
import com.fintune.interfaces.rest.contract.StoredPredictionSchemas;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.regex.Pattern;

/**
 * {@code GET /api/v1/predictions/{id}}: a stored prediction with its answer exactly as first sent;
 * {@code GET /api/v1/predictions}: a page of them, newest first. UNDERWRITER, AUDITOR and ADMIN see all; an
 * INTEGRATION account only its own (another's answers 404, as an unknown id does).
 */
@Path("/predictions")
@Tag(name = "Predictions")
@SecurityRequirement(name = "basic")
@SecurityRequirement(name = "jwt")
public class StoredPredictionResource {

    private static final Pattern ID = Pattern.compile("[1-9][0-9]{0,17}");

    @EJB
    StoredPredictions stored;

    @Context
    UriInfo uri;

    @Context
    SecurityContext security;

    @GET
    @Path("/{id}")
    @Produces({MediaType.APPLICATION_JSON, "application/problem+json"})
    @RolesAllowed({Roles.UNDERWRITER, Roles.AUDITOR, Roles.ADMIN, Roles.INTEGRATION})
    @Operation(operationId = "getPrediction",
            summary = "One stored prediction, its answer exactly as first sent",
            description = "answer holds the POST /predict answer byte for byte (null for predictions made before "
                    + "answers were stored). An INTEGRATION account sees only the predictions it asked for.")
    @APIResponse(responseCode = "200", description = "predictionId, applicationId, channel, submittedBy, assessedAt, "
            + "answer, links", content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = StoredPredictionSchemas.One.class)))
    @APIResponse(responseCode = "400", description = "The id is not a positive whole number",
            content = @Content(mediaType = "application/problem+json",
                    schema = @Schema(implementation = ProblemDetails.class)))
    @APIResponse(responseCode = "404", description = "No prediction with that id that this account may see")
    public Response one(@Parameter(description = "predictionId of the answer") @PathParam("id") String id) {
        if (id == null || !ID.matcher(id).matches()) {
            throw new ValidationException(List.of(new FieldError("id", "must be a prediction id: a whole number of 1 "
                    + "or more")));
        }
        return stored.find(Long.parseLong(id), viewer())
                .<Response>map(p -> Response.ok(new RawJson(json().one(p)), MediaType.APPLICATION_JSON).build())
                .orElseGet(() -> ProblemResponses.of(Response.Status.NOT_FOUND, "No prediction " + id + "."));
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, "application/problem+json"})
    @RolesAllowed({Roles.UNDERWRITER, Roles.AUDITOR, Roles.ADMIN, Roles.INTEGRATION})
    @Operation(operationId = "listPredictions",
            summary = "Stored predictions, newest first, a page at a time",
            description = "Filters combine. from is inclusive, to exclusive; a date alone means that day in UTC (to: "
                    + "through its end). Every bad or unknown parameter is named in one 400 problem.")
    @Parameter(name = "applicationId", in = ParameterIn.QUERY, description = "only this stored application's",
            schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "1"))
    @Parameter(name = "from", in = ParameterIn.QUERY, description = "2024-05-01 or 2024-05-01T08:30:00Z",
            schema = @Schema(type = SchemaType.STRING))
    @Parameter(name = "to", in = ParameterIn.QUERY, description = "2024-05-31 or 2024-06-01T00:00:00Z",
            schema = @Schema(type = SchemaType.STRING))
    @Parameter(name = "decision", in = ParameterIn.QUERY, description = "APPROVE, REFER or DENY",
            schema = @Schema(implementation = EnumSchemas.DecisionCode.class))
    @Parameter(name = "page", in = ParameterIn.QUERY, description = "0-based, default 0",
            schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "0", defaultValue = "0"))
    @Parameter(name = "size", in = ParameterIn.QUERY, description = "1 to 100, default 20",
            schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "100",
                    defaultValue = "20"))
    @APIResponse(responseCode = "200", description = "page, size, total, totalPages, items", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StoredPredictionSchemas.Page.class)))
    @APIResponse(responseCode = "400", description = "Bad parameters; errors name each",
            content = @Content(mediaType = "application/problem+json",
                    schema = @Schema(implementation = ProblemDetails.class)))
    public Response list() {
        var query = PredictionQueryParameters.parse(uri.getQueryParameters());
        return Response.ok(new RawJson(json().page(stored.list(query, viewer()))), MediaType.APPLICATION_JSON).build();
    }

    private Viewer viewer() {
        return Viewer.of(security.getUserPrincipal().getName(), CallerRoles.of(security));
    }

    private StoredPredictionJson json() {
        return new StoredPredictionJson(uri.getBaseUri().getPath());
    }
}
