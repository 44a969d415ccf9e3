package com.fintune.interfaces.rest.modelregistry;

import com.fintune.interfaces.rest.contract.ModelSchemas;
import com.fintune.modelregistry.application.ModelRegistryActions;
import com.fintune.modelregistry.application.ModelRegistryViews;
import com.fintune.modelregistry.domain.ModelLineage;
import com.fintune.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriBuilder;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The model registry (ADMIN only): versions with their status, files' SHA-256, lineage, evaluation, memory and
 * share of traffic; registering a checkpoint directory, promoting, retiring and the traffic split, each audited with
 * the caller and the reason given.
 */
@Path("/models")
@Produces({MediaType.APPLICATION_JSON, "application/problem+json"})
@RolesAllowed(Roles.ADMIN)
@Tag(name = "Models", description = "Model registry, lifecycle (CANDIDATE, CHALLENGER, SHADOW, CHAMPION, RETIRED) "
        + "and traffic split")
@SecurityRequirement(name = "basic")
@SecurityRequirement(name = "jwt")
public class ModelRegistryResource {

    static final int MAX_SHADOW_SCORES = 500;

    @EJB
    ModelRegistryActions actions;

    @EJB
    ModelRegistryViews views;

    @Context
    SecurityContext security;

    @GET
    @Operation(operationId = "listModels",
            summary = "Every registered model version, newest first, with what this server holds of it")
    @APIResponse(responseCode = "200", description = "Every version, newest first (no history)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = ModelSchemas.Model.class)))
    public Response list() {
        return Response.ok(views.all(), MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Path("/routing")
    @Operation(operationId = "getModelRouting",
            summary = "The traffic split in force: percent per answering version and the shadow versions")
    @APIResponse(responseCode = "200", description = "The split in force",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ModelSchemas.Routing.class)))
    public Response routing() {
        return Response.ok(views.routing(), MediaType.APPLICATION_JSON).build();
    }

    @PUT
    @Path("/routing")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "setModelRouting", summary = "Set the traffic split",
            description = "Body {\"weights\": {\"<version>\": 90, \"<version>\": 10}, \"shadows\": [\"<version>\"], "
                    + "\"reason\": \"…\"}. Weights are whole percents adding up to 100, for CHAMPION and CHALLENGER "
                    + "versions; shadows must be SHADOW versions. Each application sticks to one version while the "
                    + "split stays the same. Audited (MODEL_ROUTING).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ModelSchemas.RoutingChange.class)))
    @APIResponse(responseCode = "200", description = "The split now in force",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ModelSchemas.Routing.class)))
    @APIResponse(responseCode = "400", description = "A field is wrong; errors name it")
    @APIResponse(responseCode = "409", description = "A version's status or loading does not allow its part")
    public Response route(String body) {
        ModelRequests.Routing r = ModelRequests.routing(body);
        actions.route(r.weights(), r.shadows(), caller(), r.reason());
        return Response.ok(views.routing(), MediaType.APPLICATION_JSON).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "registerModel",
            summary = "Register a checkpoint directory the server can read as a CANDIDATE",
            description = "Body {\"artifactPath\": \"/absolute/dir\", \"reason\": \"…\", \"parentVersion\": …, "
                    + "\"trainingDataFingerprint\": …, \"trainingConfig\": {…}, \"codeVersion\": …} (lineage "
                    + "optional). The directory is checked (config.json, model.safetensors, tokenizer), every file's "
                    + "SHA-256 recorded, evaluation.json beside the weights kept as its evaluation, and the model "
                    + "loaded and warmed up; it takes no traffic until promoted and routed. Audited (MODEL_REGISTER).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ModelSchemas.Registration.class)))
    @APIResponse(responseCode = "201", description = "The registered version; the Location is its URL",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ModelSchemas.Model.class)))
    @APIResponse(responseCode = "400", description = "Missing, unreadable or invalid directory, or missing reason")
    @APIResponse(responseCode = "409", description = "The same weights are registered already")
    public Response register(String body) {
        ModelRequests.Registration r = ModelRequests.registration(body);
        String version = actions.register(r.artifactPath(), new ModelLineage(r.parentVersion(),
                r.trainingDataFingerprint(), r.trainingConfig(), r.codeVersion()), caller(), r.reason());
        return Response.created(UriBuilder.fromPath("models").path("{v}").build(version))
                .entity(views.one(version)).type(MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Path("/{version}")
    @Operation(operationId = "getModel",
            summary = "One model version with its status history and the number of shadow scores stored")
    @APIResponse(responseCode = "200", description = "The version with its history",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ModelSchemas.Model.class)))
    @APIResponse(responseCode = "404", description = "No such version")
    public Response one(@PathParam("version") String version) {
        return Response.ok(views.one(version), MediaType.APPLICATION_JSON).build();
    }

    @POST
    @Path("/{version}/promote")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "promoteModel", summary = "Promote a version",
            description = "Body {\"to\": \"CHALLENGER\" | \"SHADOW\" | \"CHAMPION\", \"reason\": \"…\"}; without "
                    + "\"to\" the next step (CANDIDATE → CHALLENGER → CHAMPION; SHADOW → CHAMPION). A new CHAMPION "
                    + "retires the one before, which stays loaded: promoting it again is the rollback. Audited "
                    + "(MODEL_PROMOTE).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ModelSchemas.Promotion.class)))
    @APIResponse(responseCode = "200", description = "The version after the change",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ModelSchemas.Model.class)))
    @APIResponse(responseCode = "400", description = "Missing reason or unknown status")
    @APIResponse(responseCode = "404", description = "No such version")
    @APIResponse(responseCode = "409", description = "The lifecycle does not allow the move; the detail says why")
    public Response promote(@PathParam("version") String version, String body) {
        ModelRequests.Transition t = ModelRequests.transition(body, true);
        actions.promote(version, t.to(), caller(), t.reason());
        return Response.ok(views.one(version), MediaType.APPLICATION_JSON).build();
    }

    @POST
    @Path("/{version}/retire")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "retireModel", summary = "Retire a version (not the CHAMPION)",
            description = "Body {\"reason\": \"…\"}. It leaves the traffic split (its share goes to the champion) "
                    + "and memory. Audited (MODEL_RETIRE).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ModelSchemas.Retirement.class)))
    @APIResponse(responseCode = "200", description = "The version after the change",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ModelSchemas.Model.class)))
    @APIResponse(responseCode = "400", description = "Missing reason")
    @APIResponse(responseCode = "404", description = "No such version")
    @APIResponse(responseCode = "409", description = "It is the CHAMPION or retired already")
    public Response retire(@PathParam("version") String version, String body) {
        ModelRequests.Transition t = ModelRequests.transition(body, false);
        actions.retire(version, caller(), t.reason());
        return Response.ok(views.one(version), MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Path("/{version}/shadow-predictions")
    @Operation(operationId = "listShadowPredictions", summary = "The newest scores a SHADOW version gave in the shadow of served answers (never returned "
            + "to the caller of a prediction)")
    @APIResponse(responseCode = "200", description = "The newest scores first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = ModelSchemas.ShadowScore.class)))
    @APIResponse(responseCode = "404", description = "No such version")
    public Response shadowScores(@PathParam("version") String version,
                                 @Parameter(description = "How many, 1 to 500 (default 50)")
                                 @QueryParam("limit") @DefaultValue("50") String limit) {
        int n;
        try {
            n = Math.max(1, Math.min(Integer.parseInt(limit.trim()), MAX_SHADOW_SCORES));
        } catch (NumberFormatException e) {
            n = 50;
        }
        return Response.ok(views.shadowScores(version, n), MediaType.APPLICATION_JSON).build();
    }

    private String caller() {
        return security.getUserPrincipal().getName();
    }
}
