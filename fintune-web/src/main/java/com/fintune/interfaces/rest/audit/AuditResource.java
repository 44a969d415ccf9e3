package com.fintune.interfaces.rest.audit;

import com.fintune.audit.anchor.AuditVerification;
import com.fintune.audit.anchor.VerificationMode;
import com.fintune.audit.application.AuditAnchor;
import com.fintune.audit.application.CheckpointOutcome;
import com.fintune.interfaces.rest.problem.ProblemResponses;
import com.fintune.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import com.fintune.interfaces.rest.contract.AuditSchemas;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * {@code GET /api/v1/audit/verify}: verifies the audit chain against its head and the latest signed checkpoint;
 * {@code POST /api/v1/audit/checkpoints}: verifies, then signs and files a checkpoint for the head.
 */
@Path("/audit")
@Tag(name = "Audit", description = "The append-only, hash-chained audit log and its signed checkpoints")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.AUDITOR})
@SecurityRequirement(name = "basic")
@SecurityRequirement(name = "jwt")
public class AuditResource {

    @EJB
    AuditAnchor anchor;

    @GET
    @Path("/verify")
    @Operation(operationId = "verifyAudit",
            summary = "Verify the audit chain",
            description = "mode=incremental (default) recomputes the entries from the latest signed checkpoint to the"
                    + " head; mode=full recomputes every entry and re-checks every checkpoint line. intact=true with"
                    + " the head hash, or intact=false with firstBrokenSequence and the reason (an altered, removed"
                    + " or inserted entry, a rewritten head, a chain that no longer matches its signed checkpoint, a"
                    + " checkpoint file that was altered). Always 200: a broken chain is a finding, not an error.")
    @APIResponse(responseCode = "200", description = "The verification (a broken chain is a finding: still 200)", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AuditSchemas.Verification.class)))
    public AuditVerification verify(@QueryParam("mode") @DefaultValue("incremental")
                                    @Pattern(regexp = "(?i)incremental|full", message = "must be incremental or full")
                                    String mode) {
        return anchor.verify(VerificationMode.valueOf(mode.toUpperCase(Locale.ROOT)));
    }

    @POST
    @Path("/checkpoints")
    @Operation(operationId = "writeAuditCheckpoint",
            summary = "Write a signed checkpoint now",
            description = "Verifies from the latest checkpoint to the head and, if the chain is intact, signs"
                    + " (HMAC-SHA256, key outside the database) and appends a checkpoint for the head to the"
                    + " checkpoint file: 201 with it. 409 when the chain or the checkpoint file is broken, or the log"
                    + " is empty. The server also writes one every fintune.audit.anchor.interval-minutes.")
    @APIResponse(responseCode = "201", description = "Written: the checkpoint and the verification it passed", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AuditSchemas.Outcome.class)))
    @APIResponse(responseCode = "409", description = "The chain or the checkpoint file is broken, or the log is empty")
    public Response checkpoint() {
        CheckpointOutcome outcome = anchor.checkpoint(true);
        if (!outcome.written()) {
            return ProblemResponses.of(Response.Status.CONFLICT, "No checkpoint written: " + outcome.refusal());
        }
        return Response.status(Response.Status.CREATED).entity(outcome).build();
    }
}
