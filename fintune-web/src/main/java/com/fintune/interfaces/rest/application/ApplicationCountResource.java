package com.fintune.interfaces.rest.application;

import com.fintune.application.service.ApplicationService;
import com.fintune.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** How many applications the lender holds, in total and by status. */
@Path("/applications/count")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.UNDERWRITER, Roles.ADMIN, Roles.AUDITOR})
@Tag(name = "Applications", description = "Stored loan applications")
@SecurityRequirement(name = "basic")
@SecurityRequirement(name = "jwt")
public class ApplicationCountResource {

    @EJB
    ApplicationService applications;

    /** The counts as the API returns them. */
    public record ApplicationCount(long total, Map<String, Long> byStatus) {
    }

    @GET
    @Operation(operationId = "countApplications",
            summary = "Number of mortgage applications, in total and per status")
    public ApplicationCount count() {
        Map<String, Long> byStatus = new LinkedHashMap<>();
        applications.countByStatus().forEach((status, n) -> byStatus.put(status.name(), n));
        return new ApplicationCount(applications.count(), byStatus);
    }
}
