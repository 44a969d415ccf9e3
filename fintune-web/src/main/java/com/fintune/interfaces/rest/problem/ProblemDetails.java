package com.fintune.interfaces.rest.problem;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/**
 * An RFC 9457 problem: {@code type}, {@code title}, {@code status}, {@code detail}, plus the fields that were wrong
 * ({@code errors}, left out when the problem is not about input).
 */
@JsonbPropertyOrder({"type", "title", "status", "detail", "instance", "errors"})
@JsonbNillable(false)
public record ProblemDetails(String type, String title, int status, String detail, String instance,
                             List<FieldError> errors) {

    /** One rejected input: the field's name as the client sent it and what is wrong with it. */
    public record FieldError(String field, String message) {
    }
}
