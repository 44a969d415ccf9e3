package com.fintune.interfaces.rest.problem;

import jakarta.ws.rs.core.Response;
import java.util.List;

/** Builds application/problem+json responses so every resource and filter reports errors the same way. */
public final class ProblemResponses {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_BASE = "https://fintune.local/problems/";

    private ProblemResponses() {
    }

    public static Response of(Response.Status status, String detail) {
        return of(status.getStatusCode(), status.getReasonPhrase(), detail, List.of());
    }

    public static Response of(int status, String title, String detail, List<ProblemDetails.FieldError> errors) {
        String slug = title.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        ProblemDetails body = new ProblemDetails(TYPE_BASE + slug, title, status, detail, null,
                errors == null || errors.isEmpty() ? null : List.copyOf(errors));
        return Response.status(status).type(MEDIA_TYPE).entity(body).build();
    }

    public static Response unauthorized(String detail) {
        return Response.fromResponse(of(Response.Status.UNAUTHORIZED, detail))
                .header("WWW-Authenticate", "Basic realm=\"FinTune\"")
                .build();
    }

    public static Response forbidden(String detail) {
        return of(Response.Status.FORBIDDEN, detail);
    }
}
