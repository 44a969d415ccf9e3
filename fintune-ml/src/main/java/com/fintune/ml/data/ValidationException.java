package com.fintune.ml.data;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ArrayList;

/** Input that breaks one or more field rules; carries every problem found, not just the first. */
public class ValidationException extends IllegalArgumentException {

    private final List<FieldError> errors;

    public ValidationException(List<FieldError> errors) {
        super(summary(errors));
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** Field name to its messages, in the order found (what a problem+json body lists). */
    public Map<String, List<String>> byField() {
        Map<String, List<String>> m = new LinkedHashMap<>();
        for (FieldError e : errors) {
            m.computeIfAbsent(e.field(), k -> new ArrayList<>()).add(e.message());
        }
        return m;
    }

    private static String summary(List<FieldError> errors) {
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("a validation exception needs at least one error");
        }
        StringBuilder sb = new StringBuilder();
        for (FieldError e : errors) {
            sb.append(sb.length() == 0 ? "" : "; ").append(e);
        }
        return sb.toString();
    }
}
