package com.fintune.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fintune.it.FinTuneServer.Account;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.UUID;

import static com.fintune.it.PredictionCalls.JSON;
import static com.fintune.it.PredictionCalls.application;
import static com.fintune.it.PredictionCalls.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * predict → GET prediction → its explanation link: Shapley contributions that add up to the model's own numbers,
 * the answer's reasons ranked by contribution, the notes' sentences at their offsets; kept after the first request;
 * another integration account cannot read it.
 */
class ExplanationIT {

    @BeforeAll
    static void ready() throws Exception {
        FinTuneServer.awaitReady();
    }

    @Test
    void aPredictionIsExplainedAndTheExplanationIsKept() throws Exception {
        String notes = "Borrower carries two auto loans and a new personal loan. Ref " + UUID.randomUUID() + ".";
        ObjectNode app = application(notes).put("dtiPercent", 55.0).put("latePayments24m", 3);
        HttpResponse<String> predicted = post("/api/v1/predict", app.toString(), Account.INTEGRATION);
        assertEquals(200, predicted.statusCode(), predicted.body());
        JsonNode answer = JSON.readTree(predicted.body());
        long id = answer.path("predictionId").asLong();

        JsonNode stored = JSON.readTree(FinTuneServer.get("/api/v1/predictions/" + id, Account.UNDERWRITER).body());
        String link = stored.path("links").path("explanation").asText();
        HttpResponse<String> first = FinTuneServer.get(link, Account.INTEGRATION);
        assertEquals(200, first.statusCode(), first.body());
        JsonNode e = JSON.readTree(first.body());

        assertEquals(answer.path("modelVersion").asText(), e.path("modelVersion").asText());
        assertEquals(answer.path("riskScore").asDouble(), e.path("risk").path("value").asDouble(), 0.006,
                "the explanation's risk is the model's own (the answer rounds to 2 places)");
        assertAddsUp(e.path("risk"));
        e.path("reasons").forEach(ExplanationIT::assertAddsUp);
        assertEquals(10, e.path("risk").path("contributions").size());
        assertEquals(1024, e.path("check").path("coalitions").asInt());

        // the ITs serve the tiny fixture model, whose answers mean nothing: check the form, not the content
        JsonNode principal = e.path("principalReasons");
        assertEquals(answer.path("reasons").size(), principal.size(), "the answer's reasons, reordered");
        double previous = Double.POSITIVE_INFINITY;
        for (JsonNode r : principal) {
            String name = r.path("name").asText();
            assertEquals(e.path("reasons").path(name).path("value").asDouble()
                    - e.path("reasons").path(name).path("base").asDouble(), r.path("contribution").asDouble(), 1e-6);
            assertTrue(r.path("contribution").asDouble() <= previous, "ranked by contribution: " + principal);
            assertTrue(r.path("noticeText").asText().length() > 10);
            previous = r.path("contribution").asDouble();
        }
        for (JsonNode k : e.path("keyFactors")) {
            assertTrue(k.path("value").asDouble() > 0, "key factors raised the risk: " + e.path("keyFactors"));
        }

        JsonNode counterfactuals = e.path("counterfactuals");
        assertTrue(counterfactuals.path("found").isArray(), first.body());
        assertTrue(counterfactuals.path("candidatesScored").asInt() <= counterfactuals.path("maxCandidates").asInt());
        for (JsonNode c : counterfactuals.path("found")) {
            assertEquals("APPROVE", c.path("decision").asText(), "a counterfactual is a change the model approves");
        }
        assertTrue(e.path("ruleFigures").isArray(), first.body());

        JsonNode tokens = e.path("tokens");
        assertEquals(2, tokens.size(), first.body());
        for (JsonNode t : tokens) {
            assertEquals(notes.substring(t.path("start").asInt(), t.path("end").asInt()), t.path("text").asText());
        }

        JsonNode attention = e.path("attention");
        String read = attention.path("text").asText();
        assertTrue(attention.path("layers").size() >= 1, "attention per layer: " + attention);
        for (JsonNode t : attention.path("tokens")) {
            assertTrue(t.path("start").asInt() <= t.path("end").asInt() && t.path("end").asInt() <= read.length());
        }

        long start = System.nanoTime();
        HttpResponse<String> again = FinTuneServer.get(link, Account.AUDITOR);
        assertEquals(200, again.statusCode());
        assertEquals(first.body(), again.body(), "the kept explanation is returned, not a new one");
        assertTrue(System.nanoTime() - start < 1_000_000_000L, "a kept explanation is read, not recomputed");

        assertEquals(404, FinTuneServer.get(link, Account.INTEGRATION2).statusCode(),
                "another integration account cannot see it");
        HttpResponse<String> bad = FinTuneServer.get("/api/v1/predictions/0/explanation", Account.ADMIN);
        assertEquals(400, bad.statusCode(), bad.body());
        assertEquals(404, FinTuneServer.get("/api/v1/predictions/999999999/explanation", Account.ADMIN).statusCode());
    }

    /** Contributions add up to value − base (the JSON keeps them unrounded). */
    private static void assertAddsUp(JsonNode attribution) {
        double sum = 0;
        for (JsonNode c : attribution.path("contributions")) {
            sum += c.path("value").asDouble();
        }
        double total = attribution.path("value").asDouble() - attribution.path("base").asDouble();
        assertEquals(total, sum, 1e-6, attribution.toString());
    }
}
