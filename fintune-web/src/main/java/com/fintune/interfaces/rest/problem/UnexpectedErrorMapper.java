package com.fintune.interfaces.rest.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Anything unforeseen: 500 problem+json with an incident id that is also in the server log; no stack trace out. */
@Provider
public class UnexpectedErrorMapper implements ExceptionMapper<RuntimeException> {

    private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class.getName());

    @jakarta.ws.rs.core.Context
    jakarta.ws.rs.core.HttpHeaders headers;

    @jakarta.ws.rs.core.Context
    jakarta.ws.rs.core.Request request;

    @Override
    public Response toResponse(RuntimeException exception) {
        Response own = WebApplicationExceptionMapper.ownProblem(exception);
        if (own != null) {
            return own;
        }
        if (exception instanceof jakarta.ws.rs.WebApplicationException wae) {
            WebApplicationExceptionMapper mapper = new WebApplicationExceptionMapper();
            mapper.headers = headers;
            mapper.request = request;
            return mapper.toResponse(wae);
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected error, incident " + incident, exception);
        return ProblemResponses.of(500, "Internal Server Error",
                "The request failed unexpectedly (incident " + incident + ").", java.util.List.of());
    }
}
