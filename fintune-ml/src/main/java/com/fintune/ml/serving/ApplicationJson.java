package com.fintune.ml.serving;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fintune.ml.data.ApplicationFiles;
import com.fintune.ml.data.ApplicationValidator;
import com.fintune.ml.data.FieldError;
import com.fintune.ml.data.LoanApplication;
import com.fintune.ml.data.ValidationException;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the prediction request schema shared by {@code POST /api/v1/predict} and {@code fintune predict}: one JSON
 * object that is either a loan application (the {@link LoanApplication} fields) or {@code {"applicationId": n}}
 * for a stored one. Every problem is a {@link FieldError} naming the field (with its path inside a batch), never a
 * parser's stack trace.
 */
public final class ApplicationJson {

    /** What a request asks about: a full application or the id of a stored one. */
    public record Request(LoanApplication application, Long applicationId) {
    }

    private static final ObjectMapper JSON = ApplicationFiles.json();
    private final ApplicationValidator validator = new ApplicationValidator();

    /** Parses and validates one request given as JSON text. */
    public Request read(String json) {
        JsonNode node;
        try {
            node = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new ValidationException(List.of(new FieldError("body", "is not valid JSON: "
                    + e.getOriginalMessage())));
        }
        return read(node, "");
    }

    /** Parses and validates one request object; {@code prefix} names its place in a batch (e.g. "applications[3]."). */
    public Request read(JsonNode node, String prefix) {
        if (node == null || !node.isObject()) {
            throw new ValidationException(List.of(new FieldError(prefix.isEmpty() ? "body" : strip(prefix),
                    "must be a JSON object")));
        }
        JsonNode id = node.get("applicationId");
        if (id != null) {
            if (node.size() != 1 || !id.canConvertToLong() || id.asLong() < 1) {
                throw new ValidationException(List.of(new FieldError(prefix + "applicationId",
                        "must be a positive whole number, given alone")));
            }
            return new Request(null, id.asLong());
        }
        LoanApplication application;
        try {
            application = JSON.treeToValue(node, LoanApplication.class);
        } catch (JsonProcessingException e) {
            throw new ValidationException(List.of(fieldError(e, prefix)));
        }
        List<FieldError> errors = validator.check(application);
        if (!errors.isEmpty()) {
            List<FieldError> named = new ArrayList<>();
            errors.forEach(f -> named.add(new FieldError(prefix + f.field(), f.message())));
            throw new ValidationException(named);
        }
        return new Request(application, null);
    }

    static FieldError fieldError(JsonProcessingException e, String prefix) {
        String field = e instanceof JsonMappingException m ? path(m) : "";
        String name = prefix + (field.isEmpty() ? "body" : field);
        if (e instanceof UnrecognizedPropertyException u) {
            return new FieldError(prefix + u.getPropertyName(), "is not a field of an application");
        }
        if (e instanceof InvalidFormatException f && f.getTargetType() != null && f.getTargetType().isEnum()) {
            return new FieldError(name, "must be one of " + Arrays.toString(f.getTargetType().getEnumConstants()));
        }
        if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            return new FieldError(name, "must be " + describe(m.getTargetType()));
        }
        return new FieldError(name, e.getOriginalMessage());
    }

    private static String path(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) {
                sb.append(sb.length() == 0 ? "" : ".").append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    private static String describe(Class<?> type) {
        if (type == double.class || type == Double.class) {
            return "a number";
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "a whole number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a string";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.toString(type.getEnumConstants());
        }
        return "a " + type.getSimpleName();
    }

    private static String strip(String prefix) {
        return prefix.endsWith(".") ? prefix.substring(0, prefix.length() - 1) : prefix;
    }
}
