package com.fintune.interfaces.rest.modelregistry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fintune.interfaces.rest.problem.JsonObjectBody;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
        JsonObjectBody f = new JsonObjectBody(body, List.of("artifactPath", "codeVersion", "parentVersion", "reason",
                "trainingConfig", "trainingDataFingerprint"), "this request",
                "{\"artifactPath\": \"/dir/on/the/server\", \"reason\": \"…\"}");
        JsonNode config = f.get("trainingConfig");
        String trainingConfig = config == null || config.isNull() ? null
                : config.isTextual() ? config.asText() : config.toString();
        return f.done(new Registration(f.text("artifactPath"), f.text("reason"), f.text("parentVersion"),
                f.text("trainingDataFingerprint"), trainingConfig, f.text("codeVersion")));
    }

    static Transition transition(String body, boolean withTarget) {
        JsonObjectBody f = new JsonObjectBody(body, withTarget ? List.of("reason", "to") : List.of("reason"),
                "this request",
                withTarget ? "{\"to\": \"CHALLENGER\", \"reason\": \"…\"}" : "{\"reason\": \"…\"}");
        return f.done(new Transition(withTarget ? f.text("to") : null, f.text("reason")));
    }

    static Routing routing(String body) {
        JsonObjectBody f = new JsonObjectBody(body, List.of("reason", "shadows", "weights"), "this request",
                "{\"weights\": {\"<version>\": 90, \"<version>\": 10}, \"shadows\": [\"<version>\"], \"reason\": \"…\"}");
        Map<String, Integer> weights = new LinkedHashMap<>();
        JsonNode w = f.get("weights");
        if (w != null && !w.isNull()) {
            if (!w.isObject()) {
                f.error("weights", "must be an object of version: whole percent");
            } else {
                for (Iterator<Map.Entry<String, JsonNode>> it = w.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> e = it.next();
                    if (!e.getValue().isIntegralNumber() || !e.getValue().canConvertToInt()) {
                        f.error("weights." + e.getKey(), "must be a whole percent from 0 to 100");
                    } else {
                        weights.put(e.getKey(), e.getValue().intValue());
                    }
                }
            }
        }
        List<String> shadows = new ArrayList<>();
        JsonNode s = f.get("shadows");
        if (s != null && !s.isNull()) {
            if (!s.isArray()) {
                f.error("shadows", "must be an array of versions");
            } else {
                s.forEach(v -> {
                    if (v.isTextual()) {
                        shadows.add(v.asText());
                    } else {
                        f.error("shadows", "must hold versions as text in double quotes");
                    }
                });
            }
        }
        return f.done(new Routing(weights, shadows, f.text("reason")));
    }
}
