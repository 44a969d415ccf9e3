package com.fintune.interfaces.rest.assessment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fintune.ml.data.FieldError;
import com.fintune.ml.data.ValidationException;
import com.fintune.ml.serving.JsonSyntax;
import com.fintune.ml.serving.RequestLimits;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The body of {@code POST /predictions/{id}/outcome}, {@code {"decision": "DENY", "comment": "…"}}, read under the
 * API's JSON limits with field-named errors (unknown fields, wrong types); the decision's and comment's own rules
 * are the service's ({@code OutcomeRules}).
 */
record OutcomeRequest(String decision, String comment) {

    private static final Set<String> FIELDS = Set.of("decision", "comment");

    static OutcomeRequest read(String body) {
        if (body == null || body.isBlank()) {
            throw new ValidationException(List.of(new FieldError("body",
                    "is empty: send {\"decision\": \"APPROVE\" | \"DENY\" | \"WITHDRAW\", \"comment\": \"…\"}")));
        }
        JsonNode node;
        try {
            node = RequestLimits.single().readTree(body);
        } catch (JsonProcessingException e) {
            throw new ValidationException(List.of(new FieldError("body", JsonSyntax.describe(e))));
        }
        if (node == null || !node.isObject()) {
            throw new ValidationException(List.of(new FieldError("body", "must be a JSON object")));
        }
        List<FieldError> errors = new ArrayList<>();
        String decision = text(node, "decision", errors);
        String comment = text(node, "comment", errors);
        node.fieldNames().forEachRemaining(name -> {
            if (!FIELDS.contains(name)) {
                errors.add(new FieldError(name, "is not a field of a final decision (known: decision, comment)"));
            }
        });
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new OutcomeRequest(decision, comment);
    }

    private static String text(JsonNode node, String field, List<FieldError> errors) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            errors.add(new FieldError(field, "must be text in double quotes"));
            return null;
        }
        return value.asText();
    }
}
