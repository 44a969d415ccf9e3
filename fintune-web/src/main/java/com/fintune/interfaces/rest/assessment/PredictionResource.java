package com.fintune.interfaces.rest.assessment;

import com.fintune.assessment.application.Channel;
import com.fintune.assessment.application.PredictionService;
import com.fintune.assessment.application.StoredAnswer;
import com.fintune.interfaces.rest.contract.AnswerSchema;
import com.fintune.interfaces.rest.contract.RequestSchemas;
import com.fintune.interfaces.rest.problem.ProblemDetails;
import com.fintune.ml.serving.ApplicationJson;
import com.fintune.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code POST /api/v1/predict}: one application (in full, or the id of a stored one) → an explained answer, sent as
 * the JSON text stored with the prediction.
 */
@Path("/predict")
@Tag(name = "Predictions", description = "Denial reasons, risk score, decision and remediation for applications")
@SecurityRequirement(name = "basic")
@SecurityRequirement(name = "jwt")
public class PredictionResource {

    @EJB
    PredictionService predictions;

    private final ApplicationJson requests = new ApplicationJson();

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({MediaType.APPLICATION_JSON, "application/problem+json"})
    @RolesAllowed({Roles.UNDERWRITER, Roles.INTEGRATION})
    @Operation(operationId = "predict", summary = "Predict one application",
            description = "Give the application in full (the fields of LoanApplication: amounts in US dollars, "
                    + "ratios in percent, codes as enum names; underwriterNotes up to 4,000 characters) or "
                    + "{\"applicationId\": n} for a stored one. The prediction is stored in RISK_ASSESSMENTS and "
                    + "audited; a stored application moves into review. Send X-Request-Id to correlate.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RequestSchemas.PredictRequest.class)))
    @APIResponse(responseCode = "200", description = "The explained prediction (examples: contract.ContractFilter)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AnswerSchema.class)))
    @APIResponse(responseCode = "400", description = "Invalid input; errors name each field; nothing stored",
            content = @Content(mediaType = "application/problem+json",
                    schema = @Schema(implementation = ProblemDetails.class)))
    @APIResponse(responseCode = "413", description = "The body is over 64 KB; nothing read or stored",
            content = @Content(mediaType = "application/problem+json",
                    schema = @Schema(implementation = ProblemDetails.class)))
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Neither UNDERWRITER nor INTEGRATION")
    @APIResponse(responseCode = "404", description = "No stored application has that id")
    @APIResponse(responseCode = "503", description = "The model is not loaded")
    public Response predict(String body, @HeaderParam(RequestIds.HEADER) String requestId) {
        // the body is capped at BodyLimit.PREDICT_MAX_BYTES (64 KB, 413) before it is read; an empty one is a 400
        ApplicationJson.Request request = requests.read(body);
        String id = RequestIds.orNew(requestId);
        // the stored JSON itself, so that GET /predictions/{id} can give back these very bytes
        StoredAnswer answer = predictions.answer(request, Channel.REST, id);
        return Response.ok(new RawJson(answer.json()), MediaType.APPLICATION_JSON).header(RequestIds.HEADER, id)
                .build();
    }
}
