package com.fintune.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fintune.it.FinTuneServer.Account;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static com.fintune.it.PredictionCalls.application;
import static com.fintune.it.PredictionCalls.json;
import static com.fintune.it.PredictionCalls.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** POST /api/v1/predict on the running server: the answer, bad input field by field, and roles. */
class PredictionIT {

    @BeforeAll
    static void ready() throws Exception {
        FinTuneServer.awaitReady();
    }

    @Test
    void anUnderwriterGetsAnExplainedStoredAnswer() throws Exception {
        long before = PredictionCalls.storedPredictions();
        HttpResponse<String> r = post("/api/v1/predict", application("two auto loans " + UUID.randomUUID()).toString(),
                Account.UNDERWRITER);
        assertEquals(200, r.statusCode(), r.body());
        JsonNode a = json(r);
        assertTrue(List.of("APPROVE", "REFER", "DENY").contains(a.path("decision").asText()), r.body());
        assertEquals(12, a.path("probabilities").size());
        assertTrue(a.path("reasons").size() <= 4);
        double risk = a.path("riskScore").asDouble();
        assertTrue(risk >= 0 && risk <= 100, r.body());
        assertTrue(a.path("predictionId").asLong() > 0, r.body());
        assertTrue(a.path("modelVersion").asText().contains("@"), r.body());
        assertTrue(a.path("riskSummary").asText().length() > 20, r.body());
        assertTrue(r.headers().firstValue("X-Request-Id").isPresent());
        assertEquals(before + 1, PredictionCalls.storedPredictions(), "one RISK_ASSESSMENTS row per prediction");
    }

    @Test
    void integrationClientsMayPredictOthersMayNot() throws Exception {
        String body = application("role check " + UUID.randomUUID()).toString();
        assertEquals(200, post("/api/v1/predict", body, Account.INTEGRATION).statusCode());
        HttpResponse<String> auditor = post("/api/v1/predict", body, Account.AUDITOR);
        assertEquals(403, auditor.statusCode());
        assertTrue(auditor.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertEquals(401, post("/api/v1/predict", body, null).statusCode());
    }

    @Test
    void badInputIsA400NamingEachFieldAndStoresNothing() throws Exception {
        long before = PredictionCalls.storedPredictions();
        List<String[]> cases = new ArrayList<>();
        cases.add(new String[] {"{\"loanAmount\": 35", "body"});
        ObjectNode wrongType = application("x");
        wrongType.put("creditScore", "excellent");
        cases.add(new String[] {wrongType.toString(), "creditScore"});
        ObjectNode outOfRange = application("x");
        outOfRange.put("dtiPercent", 470);
        cases.add(new String[] {outOfRange.toString(), "dtiPercent"});
        cases.add(new String[] {application("n".repeat(4001)).toString(), "underwriterNotes"});
        ObjectNode unknown = application("x");
        unknown.put("favouriteColour", "red");
        cases.add(new String[] {unknown.toString(), "favouriteColour"});
        ObjectNode badCode = application("x");
        badCode.put("occupancy", "CASTLE");
        cases.add(new String[] {badCode.toString(), "occupancy"});
        for (String[] c : cases) {
            HttpResponse<String> r = post("/api/v1/predict", c[0], Account.UNDERWRITER);
            assertEquals(400, r.statusCode(), c[1] + ": " + r.body());
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
            JsonNode problem = json(r);
            assertEquals(c[1], problem.path("errors").path(0).path("field").asText(), r.body());
        }
        ObjectNode two = application("x");
        two.put("creditScore", 1000).put("loanAmount", -5);
        JsonNode both = json(post("/api/v1/predict", two.toString(), Account.UNDERWRITER));
        assertEquals(2, both.path("errors").size(), both.toString());
        assertEquals(404, post("/api/v1/predict", "{\"applicationId\": 987654321}", Account.UNDERWRITER).statusCode());
        assertEquals(before, PredictionCalls.storedPredictions(), "rejected input must store nothing");
    }
}
