package com.fintune.interfaces.rest.assessment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import com.fintune.assessment.application.PredictionPage;
import com.fintune.assessment.application.StoredPrediction;
import com.fintune.assessment.domain.PredictionSummary;

import java.io.UncheckedIOException;
import java.util.Arrays;

/**
 * The JSON of {@code GET /predictions/{id}} and {@code GET /predictions}. A stored answer goes in as its exact text
 * ({@code answer}, byte for byte what POST /predict sent). {@code links} holds only links that can be followed today
 * ({@code self}, {@code explanation}, and {@code notice} for a DENY answer).
 */
final class StoredPredictionJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String base;

    /** @param basePath the API's base path, e.g. "/api/v1/" */
    StoredPredictionJson(String basePath) {
        this.base = basePath.endsWith("/") ? basePath : basePath + "/";
    }

    String one(StoredPrediction p) {
        ObjectNode node = JSON.createObjectNode();
        node.put("predictionId", p.predictionId());
        node.put("applicationId", p.applicationId());
        node.put("channel", p.channel());
        node.put("submittedBy", p.submittedBy());
        node.put("assessedAt", p.assessedAt().toString());
        if (p.answerJson() == null) {
            node.putNull("answer");
        } else {
            node.putRawValue("answer", new RawValue(p.answerJson()));
        }
        ObjectNode links = links(p.predictionId());
        if (p.answerJson() != null && "DENY".equals(decision(p.answerJson()))) {
            links.put("notice", base + "predictions/" + p.predictionId() + "/notice");
        }
        node.set("links", links);
        return write(node);
    }

    private static String decision(String answerJson) {
        try {
            return JSON.readTree(answerJson).path("decision").asText(null);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    String page(PredictionPage page) {
        ObjectNode node = JSON.createObjectNode();
        node.put("page", page.page());
        node.put("size", page.size());
        node.put("total", page.total());
        node.put("totalPages", page.totalPages());
        ArrayNode items = node.putArray("items");
        for (PredictionSummary s : page.items()) {
            ObjectNode item = items.addObject();
            item.put("predictionId", s.predictionId());
            item.put("applicationId", s.applicationId());
            item.put("decision", s.decision());
            item.put("riskScore", s.riskScore() == null ? null : s.riskScore().doubleValue());
            ArrayNode reasons = item.putArray("reasons");
            if (s.topReasons() != null) {
                Arrays.stream(s.topReasons().split(",")).filter(r -> !r.isBlank()).forEach(reasons::add);
            }
            item.put("modelVersion", s.modelVersion());
            item.put("channel", s.channel());
            item.put("submittedBy", s.submittedBy());
            item.put("assessedAt", s.assessedAt().toString());
            ObjectNode links = links(s.predictionId());
            if ("DENY".equals(s.decision())) {
                links.put("notice", base + "predictions/" + s.predictionId() + "/notice");
            }
            item.set("links", links);
        }
        return write(node);
    }

    private ObjectNode links(long predictionId) {
        return JSON.createObjectNode().put("self", base + "predictions/" + predictionId)
                .put("explanation", base + "predictions/" + predictionId + "/explanation");
    }

    private static String write(ObjectNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
