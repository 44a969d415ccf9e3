package com.fintune.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fintune.it.FinTuneServer.Account;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

import static com.fintune.it.PredictionCalls.JSON;
import static com.fintune.it.PredictionCalls.application;
import static com.fintune.it.PredictionCalls.json;
import static com.fintune.it.PredictionCalls.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** POST /api/v1/batch-predict: small batches inline, large ones as a Jakarta Batch job with progress and results. */
class BatchPredictionIT {

    @BeforeAll
    static void ready() throws Exception {
        FinTuneServer.awaitReady();
    }

    private static String batch(int size, String tag) {
        ObjectNode body = JSON.createObjectNode();
        ArrayNode items = body.putArray("applications");
        for (int i = 0; i < size; i++) {
            ObjectNode a = application(tag + " applicant " + i);
            a.put("loanAmount", 200000 + 1000 * i);
            items.add(a);
        }
        return body.toString();
    }

    @Test
    void aSmallBatchIsAnsweredAtOnceInOrder() throws Exception {
        HttpResponse<String> r = post("/api/v1/batch-predict", batch(3, "inline " + UUID.randomUUID()),
                Account.INTEGRATION);
        assertEquals(200, r.statusCode(), r.body());
        JsonNode body = json(r);
        assertEquals(3, body.path("count").asInt());
        assertEquals(3, body.path("results").size());
        for (JsonNode a : body.path("results")) {
            assertTrue(a.path("predictionId").asLong() > 0, a.toString());
        }
    }

    /** Polls a batch job's status until it ends (or three minutes pass). */
    private static JsonNode finished(String path) throws Exception {
        JsonNode status = null;
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < deadline) {
            status = json(FinTuneServer.get(path, Account.UNDERWRITER));
            String s = status.path("status").asText();
            if (s.equals("COMPLETED") || s.equals("FAILED")) {
                break;
            }
            Thread.sleep(500);
        }
        return status;
    }

    @Test
    void anItemThatCannotBePredictedIsRecordedAsFailedAndTheJobCompletes() throws Exception {
        ObjectNode body = (ObjectNode) JSON.readTree(batch(36, "poison " + UUID.randomUUID()));
        ((ArrayNode) body.get("applications")).set(7, JSON.createObjectNode().put("applicationId", 987654321L));
        HttpResponse<String> r = post("/api/v1/batch-predict", body.toString(), Account.INTEGRATION);
        assertEquals(202, r.statusCode(), r.body());
        JsonNode status = finished(URI.create(r.headers().firstValue("Location").orElseThrow()).getPath());
        assertEquals("COMPLETED", status.path("status").asText(), "one bad item does not fail the job: " + status);
        assertEquals(36, status.path("done").asInt());
        assertEquals(1, status.path("failed").asInt());
        assertEquals(7, status.path("failures").path(0).path("item").asInt(), status.toString());
        assertTrue(status.path("failures").path(0).path("reason").asText().contains("987654321"), status.toString());
        assertTrue(status.path("results").path(7).isNull(), status.toString());
        assertTrue(status.path("results").path(8).path("predictionId").asLong() > 0, status.toString());
        assertTrue(status.path("results").path(35).path("predictionId").asLong() > 0, status.toString());

        String restart = URI.create(r.headers().firstValue("Location").orElseThrow()).getPath() + "/restart";
        HttpResponse<String> completed = post(restart, "", Account.ADMIN);
        assertEquals(409, completed.statusCode(), completed.body());
        assertTrue(completed.body().contains("has completed"), completed.body());
        assertEquals(403, post(restart, "", Account.UNDERWRITER).statusCode(), "restarting is for ADMIN");
        assertEquals(404, post("/api/v1/batch-predict/987654321/restart", "", Account.ADMIN).statusCode());
    }

    @Test
    void aLargeBatchRunsAsAJobWithProgressThenResults() throws Exception {
        HttpResponse<String> r = post("/api/v1/batch-predict", batch(40, "job " + UUID.randomUUID()),
                Account.UNDERWRITER);
        assertEquals(202, r.statusCode(), r.body());
        String location = r.headers().firstValue("Location").orElseThrow();
        String path = URI.create(location).getPath();
        JsonNode status = json(r);
        assertEquals(40, status.path("total").asInt());
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        int lastDone = -1;
        while (System.nanoTime() < deadline) {
            status = json(FinTuneServer.get(path, Account.UNDERWRITER));
            int done = status.path("done").asInt();
            assertTrue(done >= lastDone && done <= 40, "progress only moves forward: " + status);
            lastDone = done;
            String s = status.path("status").asText();
            if (s.equals("COMPLETED") || s.equals("FAILED")) {
                break;
            }
            Thread.sleep(500);
        }
        assertEquals("COMPLETED", status.path("status").asText(), status.toString());
        assertEquals(40, status.path("done").asInt());
        assertEquals(100.0, status.path("percent").asDouble());
        assertEquals(40, status.path("results").size());
        assertTrue(status.path("results").path(39).path("predictionId").asLong() > 0);
        assertEquals(404, FinTuneServer.get("/api/v1/batch-predict/987654321", Account.UNDERWRITER).statusCode());
    }

    @Test
    void aBadItemOrATooLargeBatchIsRefusedWhole() throws Exception {
        long before = PredictionCalls.storedPredictions();
        ObjectNode body = (ObjectNode) JSON.readTree(batch(3, "bad"));
        ((ObjectNode) body.path("applications").path(1)).put("creditScore", 2000);
        HttpResponse<String> bad = post("/api/v1/batch-predict", body.toString(), Account.UNDERWRITER);
        assertEquals(400, bad.statusCode(), bad.body());
        assertEquals("applications[1].creditScore", json(bad).path("errors").path(0).path("field").asText());
        StringBuilder huge = new StringBuilder("{\"applications\":[");
        for (int i = 0; i <= 10_000; i++) {
            huge.append(i == 0 ? "" : ",").append("{\"applicationId\":1}");
        }
        HttpResponse<String> tooMany = post("/api/v1/batch-predict", huge.append("]}").toString(), Account.UNDERWRITER);
        assertEquals(400, tooMany.statusCode(), tooMany.body());
        assertEquals("applications", json(tooMany).path("errors").path(0).path("field").asText());
        assertEquals(before, PredictionCalls.storedPredictions());
    }
}
