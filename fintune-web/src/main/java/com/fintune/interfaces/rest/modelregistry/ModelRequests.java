package com.fintune.interfaces.rest.modelregistry;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fintune.ml.data.FieldError;
import com.fintune.ml.data.ValidationException;
import com.fintune.ml.serving.JsonSyntax;
import com.fintune.ml.serving.RequestLimits;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The bodies of the registry's requests, read under the API's JSON limits with field-named errors (unknown fields,
 * wrong types): 400 before anything is looked at. What the values must be is the service's to say.
 */
final class ModelRequests {

    private ModelRequests() {
    }

    /** {@code POST /models}. {@code trainingConfig} may be a JSON object (kept as its JSON text) or text. */
    record Registration(String artifactPath, String reason, String parentVersion, String trainingDataFingerprint,
                        String trainingConfig, String codeVersion) {
    }

    /** {@code POST /models/{version}/promote} ({@code to} may be left out) and {@code /retire} (no {@code to}). */
    record Transition(String to, String reason) {
    }

    /** {@code PUT /models/routing}. */
    record Routing(Map<String, Integer> weights, List<String> shadows, String reason) {
    }

    static Registration registration(String body) {
        Fields f = new Fields(body, Set.of("artifactPath", "reason", "parentVersion", "trainingDataFingerprint",
                "trainingConfig", "codeVersion"), "{\"artifactPath\": \"/dir/on/the/server\", \"reason\": \"…\"}");
        JsonNode config = f.node.get("trainingConfig");
        String trainingConfig = config == null || config.isNull() ? null
                : config.isTextual() ? config.asText() : config.toString();
        return f.done(new Registration(f.text("artifactPath"), f.text("reason"), f.text("parentVersion"),
                f.text("trainingDataFingerprint"), trainingConfig, f.text("codeVersion")));
    }

    static Transition transition(String body, boolean withTarget) {
        Fields f = new Fields(body, withTarget ? Set.of("to", "reason") : Set.of("reason"),
                withTarget ? "{\"to\": \"CHALLENGER\", \"reason\": \"…\"}" : "{\"reason\": \"…\"}");
        return f.done(new Transition(withTarget ? f.text("to") : null, f.text("reason")));
    }

    static Routing routing(String body) {
        Fields f = new Fields(body, Set.of("weights", "shadows", "reason"),
                "{\"weights\": {\"<version>\": 90, \"<version>\": 10}, \"shadows\": [\"<version>\"], \"reason\": \"…\"}");
        Map<String, Integer> weights = new LinkedHashMap<>();
        JsonNode w = f.node.get("weights");
        if (w != null && !w.isNull()) {
            if (!w.isObject()) {
                f.errors.add(new FieldError("weights", "must be an object of version: whole percent"));
            } else {
                for (Iterator<Map.Entry<String, JsonNode>> it = w.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> e = it.next();
                    if (!e.getValue().isIntegralNumber() || !e.getValue().canConvertToInt()) {
                        f.errors.add(new FieldError("weights." + e.getKey(), "must be a whole percent from 0 to 100"));
                    } else {
                        weights.put(e.getKey(), e.getValue().intValue());
                    }
                }
            }
        }
        List<String> shadows = new ArrayList<>();
        JsonNode s = f.node.get("shadows");
        if (s != null && !s.isNull()) {
            if (!s.isArray()) {
                f.errors.add(new FieldError("shadows", "must be an array of versions"));
            } else {
                s.forEach(v -> {
                    if (v.isTextual()) {
                        shadows.add(v.asText());
                    } else {
                        f.errors.add(new FieldError("shadows", "must hold versions as text in double quotes"));
                    }
                });
            }
        }
        return f.done(new Routing(weights, shadows, f.text("reason")));
    }

    /** One JSON object body being read; errors gather until {@link #done}. */
    private static final class Fields {
        final JsonNode node;
        final List<FieldError> errors = new ArrayList<>();

        Fields(String body, Set<String> known, String example) {
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
            node.fieldNames().forEachRemaining(name -> {
                if (!known.contains(name)) {
                    errors.add(new FieldError(name, "is not a field of this request (known: "
                            + String.join(", ", new java.util.TreeSet<>(known)) + ")"));
                }
            });
        }

        String text(String field) {
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

        <T> T done(T request) {
            if (!errors.isEmpty()) {
                throw new ValidationException(errors);
            }
            return request;
        }
    }
}
