package com.fintune.interfaces.rest.assessment;

import com.fintune.interfaces.rest.problem.ProblemDetails;
import com.fintune.interfaces.rest.problem.ProblemResponses;
import com.fintune.ml.data.FieldError;
import jakarta.ws.rs.core.Response;

import java.util.List;

/** 400 problem+json listing every rejected field. */
final class ValidationProblems {

    private ValidationProblems() {
    }

    static Response of(List<FieldError> errors) {
        List<ProblemDetails.FieldError> fields = errors.stream()
                .map(e -> new ProblemDetails.FieldError(e.field(), e.message())).toList();
        String detail = fields.size() == 1 ? fields.get(0).field() + ": " + fields.get(0).message()
                : fields.size() + " fields are invalid";
        return ProblemResponses.of(400, "Bad Request", detail, fields);
    }
}
