package com.fintune.interfaces.rest.problem;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 9457 problem: {@code type}, {@code title}, {@code status}, {@code detail}, plus the fields that were wrong
 * ({@code errors}, left out when the problem is not about input). The OpenAPI document's {@code Problem} schema is
 * this record, and every 4xx and 5xx answer refers to it (contract.ContractFilter).
 */
@JsonbPropertyOrder({"type", "title", "status", "detail", "instance", "errors"})
@JsonbNillable(false)
@Schema(name = "Problem", description = "RFC 9457 problem details (application/problem+json), in FinTune's words: "
        + "never a parser's or the runtime's message, a class name or a stack trace")
public record ProblemDetails(
        @Schema(required = true, format = "uri", description = "https://fintune.local/problems/ and the title as a "
                + "slug, e.g. .../bad-request") String type,
        @Schema(required = true, description = "The HTTP reason phrase, e.g. Bad Request") String title,
        @Schema(required = true, minimum = "400", maximum = "599", description = "The HTTP status") int status,
        @Schema(required = true, description = "What went wrong; for one bad field \"field: message\", for several "
                + "\"N fields are invalid\"; a 500 names an incident id that is also in the server log") String detail,
        @Schema(format = "uri-reference", description = "Not sent today; reserved by RFC 9457") String instance,
        @Schema(description = "Each rejected input, in the order of the application's fields, unknown fields last; "
                + "absent when the problem is not about input") List<FieldError> errors) {

    /** One rejected input: the field's name as the client sent it and what is wrong with it. */
    @Schema(name = "FieldError", description = "One rejected input")
    public record FieldError(
            @Schema(required = true, description = "The field as sent, e.g. termMonths, applications[3].creditScore, "
                    + "body or Content-Type") String field,
            @Schema(required = true, description = "What is wrong with it, e.g. must be between 12 and 480, was 5")
            String message) {
    }
}
