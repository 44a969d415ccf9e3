package com.fintune.interfaces.rest.problem;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Turns JAX-RS's own errors (404, 405, 403 from @RolesAllowed, ...) into problem+json. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException exception) {
        Response original = exception.getResponse();
        if (original.getStatus() == Response.Status.UNAUTHORIZED.getStatusCode()) {
            return ProblemResponses.unauthorized("Sign in with a FinTune account or a bearer token.");
        }
        Response.StatusType status = original.getStatusInfo();
        return ProblemResponses.of(status.getStatusCode(), status.getReasonPhrase(), exception.getMessage(),
                java.util.List.of());
    }
}
