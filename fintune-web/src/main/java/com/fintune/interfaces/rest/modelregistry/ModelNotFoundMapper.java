package com.fintune.interfaces.rest.modelregistry;

import com.fintune.interfaces.rest.problem.ProblemResponses;
import com.fintune.modelregistry.application.ModelNotFoundException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** An unknown model version: 404 problem+json (400 and 409 go through the shared field and conflict mappers). */
@Provider
public class ModelNotFoundMapper implements ExceptionMapper<ModelNotFoundException> {
    @Override
    public Response toResponse(ModelNotFoundException e) {
        return ProblemResponses.of(Response.Status.NOT_FOUND, e.getMessage());
    }
}
