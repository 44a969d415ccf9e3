package com.fintune.interfaces.rest.assessment;

import com.fintune.assessment.application.ApplicationNotFoundException;
import com.fintune.assessment.application.InvalidFieldsException;
import com.fintune.assessment.application.ModelUnavailableException;
import com.fintune.assessment.application.ServerBusyException;
import com.fintune.assessment.application.StateConflictException;
import com.fintune.interfaces.rest.problem.ProblemResponses;
import com.fintune.ml.data.ValidationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** The prediction service's refusals as problem+json: 400 for bad input, 404 for an unknown id, 409 for a
 * prediction that cannot be explained as answered, 503 without a model. */
final class AssessmentProblemMappers {

    private AssessmentProblemMappers() {
    }

    @Provider
    public static class InvalidInput implements ExceptionMapper<ValidationException> {
        @Override
        public Response toResponse(ValidationException e) {
            return ValidationProblems.of(e.errors());
        }
    }

    /** An application or a final decision that breaks field rules: 400 naming every field. */
    @Provider
    public static class InvalidFields implements ExceptionMapper<InvalidFieldsException> {
        @Override
        public Response toResponse(InvalidFieldsException e) {
            return ValidationProblems.of(e.errors());
        }
    }

    /** A final decision already recorded, a prediction not explainable as answered, a batch not restartable. */
    @Provider
    public static class Conflict implements ExceptionMapper<StateConflictException> {
        @Override
        public Response toResponse(StateConflictException e) {
            return ProblemResponses.of(Response.Status.CONFLICT, e.getMessage());
        }
    }

    @Provider
    public static class NotFound implements ExceptionMapper<ApplicationNotFoundException> {
        @Override
        public Response toResponse(ApplicationNotFoundException e) {
            return ProblemResponses.of(Response.Status.NOT_FOUND, e.getMessage() + ".");
        }
    }

    /** The model's queue is full: come back in a second, not in thirty. */
    @Provider
    public static class Busy implements ExceptionMapper<ServerBusyException> {
        @Override
        public Response toResponse(ServerBusyException e) {
            return Response.fromResponse(ProblemResponses.of(Response.Status.SERVICE_UNAVAILABLE, e.getMessage()))
                    .header("Retry-After", "1").build();
        }
    }

    @Provider
    public static class Unavailable implements ExceptionMapper<ModelUnavailableException> {
        @Override
        public Response toResponse(ModelUnavailableException e) {
            return Response.fromResponse(ProblemResponses.of(Response.Status.SERVICE_UNAVAILABLE, e.getMessage()))
                    .header("Retry-After", "30").build();
        }
    }
}
