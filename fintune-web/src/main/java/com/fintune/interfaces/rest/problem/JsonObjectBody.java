package com.fintune.interfaces.rest.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fintune.ml.data.FieldError;
import com.fintune.ml.data.ValidationException;
import com.fintune.ml.serving.JsonSyntax;
import com.fintune.ml.serving.RequestLimits;

import java.util.ArrayList;
import java.util.List;

/**
 * A small JSON object body (a final decision, a model registry change) read under the API's JSON limits: an empty,
 * malformed or non-object body fails at once naming {@code body}; unknown fields and wrong types gather as field
 * errors until {@link #done}, so a client sees every mistake of one request together.
 */
public final class JsonObjectBody {

    private final JsonNode node;
    private final List<String> known;
    private final String what;
    private final List<FieldError> errors = new ArrayList<>();

    /**
     * @param known   the fields the request has, in the order the unknown-field message lists them
     * @param what    the request in words, for that message ("a final decision")
     * @param example a body to send, shown when the body is empty or not an object
     */
    public JsonObjectBody(String body, List<String> known, String what, String example) {
        if (body == null || body.isBlank()) {
            throw new ValidationException(List.of(new FieldError("body", "is empty: send " + example)));
        }
        JsonNode read;
        try {
            read = RequestLimits.single().readTree(body);
        } catch (JsonProcessingException e) {
            throw new ValidationException(List.of(new FieldError("body", JsonSyntax.describe(e))));
        }
        if (read == null || !read.isObject()) {
            throw new ValidationException(List.of(new FieldError("body", "must be a JSON object: " + example)));
        }
        node = read;
        this.known = known;
        this.what = what;
    }

    /** The field's node, or null when absent. */
    public JsonNode get(String field) {
        return node.get(field);
    }

    /** A field error found while reading a field this class does not read itself. */
    public void error(String field, String message) {
        errors.add(new FieldError(field, message));
    }

    /** A text field; null when absent or JSON null; an error when not text. */
    public String text(String field) {
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

    /** {@code request} when no error was found, otherwise every error at once (unknown fields last). */
    public <T> T done(T request) {
        node.fieldNames().forEachRemaining(name -> {
            if (!known.contains(name)) {
                errors.add(new FieldError(name, "is not a field of " + what + " (known: " + String.join(", ", known)
                        + ")"));
            }
        });
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return request;
    }
}
