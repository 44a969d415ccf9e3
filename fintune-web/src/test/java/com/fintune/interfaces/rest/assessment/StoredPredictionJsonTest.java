package com.fintune.interfaces.rest.assessment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fintune.assessment.application.PredictionPage;
import com.fintune.assessment.application.StoredPrediction;
import com.fintune.assessment.domain.PredictionSummary;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The stored answer goes out byte for byte; links hold only what can be followed today. */
class StoredPredictionJsonTest {

    private final StoredPredictionJson json = new StoredPredictionJson("/api/v1/");
    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void embedsTheStoredAnswerExactlyAsItWasSent() throws Exception {
        String answer = "{\"predictionId\":7,\"riskScore\":74.30, \"riskSummary\":\"caf\u00e9 \\u00e9\",\"x\":1.0E-4}";
        String body = json.one(new StoredPrediction(7, null, "REST", "integration",
                Instant.parse("2024-05-01T08:30:00Z"), answer));
        assertTrue(body.contains("\"answer\":" + answer + ",\"links\":"), body);
        JsonNode node = mapper.readTree(body);
        assertEquals("/api/v1/predictions/7", node.path("links").path("self").asText());
        assertEquals("/api/v1/predictions/7/explanation", node.path("links").path("explanation").asText());
        assertEquals(2, node.path("links").size(), "no link to a resource that does not exist yet (the notice)");
        assertEquals("integration", node.path("submittedBy").asText());
        assertTrue(node.path("applicationId").isNull());
    }

    @Test
    void aPredictionFromBeforeStoredAnswersHasANullAnswer() throws Exception {
        JsonNode node = mapper.readTree(json.one(new StoredPrediction(3, 9L, "SOAP", "underwriter",
                Instant.parse("2024-05-01T08:30:00Z"), null)));
        assertTrue(node.has("answer") && node.path("answer").isNull());
    }

    @Test
    void listsSummariesWithTheirReasonsTotalsAndLinks() throws Exception {
        PredictionPage page = new PredictionPage(1, 2, 5, List.of(
                new PredictionSummary(9L, 4L, "DENY", new BigDecimal("82.50"), "DTI,CASH", "m@1", "REST",
                        "integration", Instant.parse("2024-05-02T00:00:00Z")),
                new PredictionSummary(8L, null, "APPROVE", new BigDecimal("3.00"), "", "m@1", "BATCH",
                        "integration", Instant.parse("2024-05-01T00:00:00Z"))));
        JsonNode node = mapper.readTree(json.page(page));
        assertEquals(5, node.path("total").asLong());
        assertEquals(3, node.path("totalPages").asLong());
        assertEquals(82.5, node.path("items").path(0).path("riskScore").asDouble());
        assertEquals("[\"DTI\",\"CASH\"]", node.path("items").path(0).path("reasons").toString());
        assertEquals("[]", node.path("items").path(1).path("reasons").toString());
        assertEquals("/api/v1/predictions/8", node.path("items").path(1).path("links").path("self").asText());
    }
}
