package com.fintune.interfaces.rest.assessment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fintune.assessment.application.BatchPredictionService;
import com.fintune.assessment.application.BatchStatus;
import com.fintune.assessment.application.Channel;
import com.fintune.assessment.application.PredictionService;
import com.fintune.assessment.application.PredictionJobs;
import com.fintune.interfaces.rest.problem.ProblemResponses;
import com.fintune.ml.data.FieldError;
import com.fintune.ml.data.ValidationException;
import com.fintune.ml.serving.ApplicationJson;
import com.fintune.ml.serving.PredictionAnswer;
import com.fintune.platform.security.Roles;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
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
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import com.fintune.interfaces.rest.contract.BatchSchemas;
import com.fintune.interfaces.rest.contract.RequestSchemas;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * {@code POST /api/v1/batch-predict}: up to {@code fintune.batch.inline-max} applications answered at once; a larger
 * request (up to {@code fintune.batch.max-size}) becomes a predict-applications job: 202 with a status URL showing
 * progress and, when done, the results. Every item is validated before anything is stored.
 */
@Path("/batch-predict")
@Tag(name = "Predictions")
@SecurityRequirement(name = "basic")
@SecurityRequirement(name = "jwt")
public class BatchPredictionResource {

    /** Nesting depth and text length capped as for one request; the body's size is capped by {@link BodyLimit}. */
    private static final com.fasterxml.jackson.databind.ObjectMapper BATCH_JSON =
            com.fintune.ml.serving.RequestLimits.mapper(0);

    @EJB
    PredictionService predictions;

    @EJB
    BatchPredictionService batches;

    @EJB
    PredictionJobs jobs;

    @Resource
    ManagedExecutorService executor;

    @Inject
    @ConfigProperty(name = "fintune.batch.inline-max", defaultValue = "32")
    int inlineMax;

    @Inject
    @ConfigProperty(name = "fintune.batch.max-size", defaultValue = "10000")
    int maxSize;

    @Context
    UriInfo uri;

    /** The answers of an inline batch, in request order. */
    public record Results(int count, List<PredictionAnswer> results) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({MediaType.APPLICATION_JSON, "application/problem+json"})
    @RolesAllowed({Roles.UNDERWRITER, Roles.INTEGRATION})
    @Operation(operationId = "submitBatch", summary = "Predict many applications",
            description = "Body {\"applications\": [...]}, each item as for POST /predict. Up to the inline limit "
                    + "(default 32) the answers come back at once; larger batches (default limit 10,000) run as a "
                    + "batch job: 202 with a Location to poll.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RequestSchemas.BatchRequest.class)))
    // one schema for both successes, so that a client generated from the document reads either (BatchSubmission)
    @APIResponse(responseCode = "200", description = "All answers, in request order (BatchResults)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = BatchSchemas.Submission.class)))
    @APIResponse(responseCode = "202", description = "Accepted as a batch job (BatchStatus); poll the Location for "
            + "progress and results", headers = @Header(name = "Location", description = "GET /batch-predict/{id}",
                    schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = BatchSchemas.Submission.class)))
    @APIResponse(responseCode = "400", description = "Invalid items (fields named applications[i].field) or too many; nothing stored")
    @APIResponse(responseCode = "413", description = "The body is over fintune.batch.max-body-bytes (16 MB)")
    @APIResponse(responseCode = "503", description = "No model loaded, or the batch job could not be started")
    public Response submit(String body, @HeaderParam(RequestIds.HEADER) String requestId) {
        List<JsonNode> items = items(body);
        List<ApplicationJson.Request> requests = validate(items);
        String id = RequestIds.orNew(requestId);
        if (requests.size() <= inlineMax) {
            return Response.ok(new Results(requests.size(), inline(requests, id))).header(RequestIds.HEADER, id).build();
        }
        long batchId = batches.submit(items.stream().map(JsonNode::toString).toList(), id);
        try {
            jobs.start(batchId);
        } catch (RuntimeException e) {
            batches.finished(batchId, false);
            return ProblemResponses.of(Response.Status.SERVICE_UNAVAILABLE,
                    "The batch job could not be started: " + e.getMessage());
        }
        return Response.accepted(batches.status(batchId).orElseThrow())
                .location(uri.getBaseUriBuilder().path("batch-predict/{id}").build(batchId))
                .header(RequestIds.HEADER, id).build();
    }

    @GET
    @Path("/{id}")
    @Produces({MediaType.APPLICATION_JSON, "application/problem+json"})
    @RolesAllowed({Roles.UNDERWRITER, Roles.INTEGRATION, Roles.ADMIN, Roles.AUDITOR})
    @Operation(operationId = "getBatch",
            summary = "Progress of a batch job and, once COMPLETED, its answers in request order")
    @APIResponse(responseCode = "200", description = "The batch's progress", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BatchSchemas.Status.class)))
    @APIResponse(responseCode = "404", description = "No such batch")
    public Response status(@PathParam("id") long id) {
        return batches.status(id).<Response>map(s -> Response.ok(s).build())
                .orElseGet(() -> ProblemResponses.of(Response.Status.NOT_FOUND, "No prediction batch " + id + "."));
    }

    @POST
    @Path("/{id}/restart")
    @Produces({MediaType.APPLICATION_JSON, "application/problem+json"})
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "restartBatch", summary = "Restart a failed batch from its last checkpoint (ADMIN)",
            description = "Items already predicted are not predicted again. A batch that a stopped server left "
                    + "RUNNING is restarted by the server itself within a minute.")
    @APIResponse(responseCode = "202", description = "Restarted; poll the Location", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BatchSchemas.Status.class)))
    @APIResponse(responseCode = "404", description = "No such batch")
    @APIResponse(responseCode = "409", description = "Running, completed or never started")
    public Response restart(@PathParam("id") long id) {
        if (!jobs.restartBatch(id)) {
            return ProblemResponses.of(Response.Status.NOT_FOUND, "No prediction batch " + id + ".");
        }
        return Response.accepted(batches.status(id).orElseThrow())
                .location(uri.getBaseUriBuilder().path("batch-predict/{id}").build(id)).build();
    }

    private List<JsonNode> items(String body) {
        JsonNode root;
        try {
            root = body == null ? null : BATCH_JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new ValidationException(List.of(new FieldError("body", com.fintune.ml.serving.JsonSyntax.describe(e))));
        }
        JsonNode applications = root == null || !root.isObject() ? null : root.get("applications");
        if (applications == null || !applications.isArray() || applications.isEmpty()) {
            throw new ValidationException(List.of(new FieldError("applications", "must be a non-empty array")));
        }
        if (applications.size() > maxSize) {
            throw new ValidationException(List.of(new FieldError("applications",
                    "must hold at most " + maxSize + " applications, had " + applications.size())));
        }
        List<JsonNode> out = new ArrayList<>(applications.size());
        applications.forEach(out::add);
        return out;
    }

    private static List<ApplicationJson.Request> validate(List<JsonNode> items) {
        ApplicationJson parser = new ApplicationJson();
        List<ApplicationJson.Request> requests = new ArrayList<>(items.size());
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            try {
                requests.add(parser.read(items.get(i), "applications[" + i + "]."));
            } catch (ValidationException e) {
                errors.addAll(e.errors());
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return requests;
    }

    /** Concurrent calls, so that the model runtime can micro-batch them. */
    private List<PredictionAnswer> inline(List<ApplicationJson.Request> requests, String requestId) {
        List<CompletableFuture<PredictionAnswer>> answers = new ArrayList<>(requests.size());
        for (ApplicationJson.Request r : requests) {
            answers.add(CompletableFuture.supplyAsync(() -> r.applicationId() != null
                    ? predictions.predictStored(r.applicationId(), Channel.REST, requestId)
                    : predictions.predict(r.application(), Channel.REST, requestId), executor));
        }
        try {
            return answers.stream().map(CompletableFuture::join).toList();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }
}
