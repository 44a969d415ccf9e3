package com.fintune.interfaces.rest.notice;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fintune.notice.application.NoticeRetention;
import com.fintune.notice.application.RetentionOutcome;
import com.fintune.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import com.fintune.interfaces.rest.contract.SystemSchemas;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code POST /api/v1/notices/retention}: runs the daily notice retention now (ADMIN). */
@Path("/notices/retention")
@Tag(name = "Predictions")
@SecurityRequirement(name = "basic")
@SecurityRequirement(name = "jwt")
public class NoticeRetentionResource {

    private static final ObjectMapper JSON = new ObjectMapper();

    @EJB
    NoticeRetention retention;

    @Context
    SecurityContext security;

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "applyNoticeRetention",
            summary = "Remove adverse-action notices older than the retention period now",
            description = "The same run as the daily timer: notices created more than fintune.notice.retention-months "
                    + "(default 25) ago are removed and one NOTICE_RETENTION audit entry records how many and which.")
    @APIResponse(responseCode = "200", description = "cutoff, months, removed [{documentId, predictionId, sha256}], "
            + "manifestSha256",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SystemSchemas.Retention.class)))
    public Response run() {
        RetentionOutcome outcome = retention.purge(security.getUserPrincipal().getName());
        ObjectNode body = JSON.createObjectNode();
        body.put("cutoff", outcome.cutoff().toString());
        body.put("months", outcome.months());
        var removed = body.putArray("removed");
        outcome.removed().forEach(r -> removed.addObject().put("documentId", r.documentId())
                .put("predictionId", r.predictionId()).put("sha256", r.sha256()));
        body.put("manifestSha256", outcome.manifestSha256());
        return Response.ok(body.toString(), MediaType.APPLICATION_JSON).build();
    }
}
