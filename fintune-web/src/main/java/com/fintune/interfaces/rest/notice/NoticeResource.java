package com.fintune.interfaces.rest.notice;

import com.fintune.assessment.application.Viewer;
import com.fintune.interfaces.rest.problem.ProblemDetails;
import com.fintune.interfaces.rest.problem.ProblemResponses;
import com.fintune.interfaces.rest.security.CallerRoles;
import com.fintune.ml.data.FieldError;
import com.fintune.ml.data.ValidationException;
import com.fintune.notice.application.IssuedNotice;
import com.fintune.notice.application.NotADenialException;
import com.fintune.notice.application.NoticeService;
import com.fintune.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET /api/v1/predictions/{id}/notice}: the adverse-action notice (PDF) of a DENY prediction, written on the
 * first request and the same stored document on every later one. Who may read it: as for the prediction (an
 * INTEGRATION account only its own; another's is a 404 like an unknown id).
 */
@Path("/predictions/{id}/notice")
@Tag(name = "Predictions")
@SecurityRequirement(name = "basic")
@SecurityRequirement(name = "jwt")
public class NoticeResource {

    static final String PDF = "application/pdf";
    private static final Pattern ID = Pattern.compile("[1-9][0-9]{0,17}");

    @EJB
    NoticeService notices;

    @Context
    SecurityContext security;

    @GET
    @Produces({PDF, ProblemResponses.MEDIA_TYPE})
    @RolesAllowed({Roles.UNDERWRITER, Roles.AUDITOR, Roles.ADMIN, Roles.INTEGRATION})
    @Operation(operationId = "getNotice",
            summary = "The adverse-action notice of a denied prediction (PDF)",
            description = "Statement of specific reasons (Regulation B), the ECOA notice and the FCRA 615 credit "
                    + "score disclosure. Written once, stored and audited; later requests get the same document "
                    + "(ETag = its SHA-256). refer=deny writes one for a REFER prediction whose referral was declined "
                    + "(UNDERWRITER or ADMIN).")
    @APIResponse(responseCode = "200", description = "The PDF", content = @Content(mediaType = PDF,
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "400", description = "Bad id or refer value",
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE,
                    schema = @Schema(implementation = ProblemDetails.class)))
    @APIResponse(responseCode = "404", description = "No prediction with that id that this account may see")
    @APIResponse(responseCode = "409", description = "The prediction is not a denial (or states no reason)")
    public Response notice(@Parameter(description = "predictionId") @PathParam("id") String id,
                           @Parameter(description = "deny: treat a REFER prediction as denied") @QueryParam("refer")
                           String refer) {
        if (id == null || !ID.matcher(id).matches()) {
            throw new ValidationException(List.of(new FieldError("id", "must be a prediction id: a whole number of 1 "
                    + "or more")));
        }
        if (refer != null && !"deny".equals(refer)) {
            throw new ValidationException(List.of(new FieldError("refer", "can only be deny (write the notice of a "
                    + "REFER prediction whose referral was declined)")));
        }
        boolean referAsDenial = refer != null;
        if (referAsDenial && !(CallerRoles.has(security, Roles.UNDERWRITER) || CallerRoles.has(security, Roles.ADMIN))) {
            return ProblemResponses.forbidden("Only an underwriter or an administrator may declare a referral denied.");
        }
        String caller = security.getUserPrincipal().getName();
        Optional<IssuedNotice> notice;
        try {
            notice = notices.notice(Long.parseLong(id), Viewer.of(caller, CallerRoles.of(security)), referAsDenial,
                    caller);
        } catch (NotADenialException e) {
            return ProblemResponses.of(409, "Not a denial", e.getMessage(), List.of());
        }
        return notice.map(n -> Response.ok(n.pdf(), PDF)
                        .header("Content-Disposition", "inline; filename=\"adverse-action-notice-" + id + ".pdf\"")
                        .header("ETag", "\"" + n.sha256() + "\"")
                        .build())
                .orElseGet(() -> ProblemResponses.of(Response.Status.NOT_FOUND, "No prediction " + id + "."));
    }
}
