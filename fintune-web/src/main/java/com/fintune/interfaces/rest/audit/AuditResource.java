package com.fintune.interfaces.rest.audit;

import com.fintune.audit.application.AuditVerifier;
import com.fintune.audit.chain.ChainVerification;
import com.fintune.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code GET /api/v1/audit/verify}: re-computes the audit chain and names the first broken link. */
@Path("/audit")
@Tag(name = "Audit", description = "The append-only, hash-chained audit log")
public class AuditResource {

    @EJB
    AuditVerifier verifier;

    @GET
    @Path("/verify")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.AUDITOR})
    @Operation(summary = "Verify the audit chain",
            description = "intact=true with the head hash, or intact=false with firstBrokenSequence and the reason "
                    + "(an altered, removed or inserted entry). Always 200: a broken chain is a finding, not an error.")
    public ChainVerification verify() {
        return verifier.verify();
    }
}
