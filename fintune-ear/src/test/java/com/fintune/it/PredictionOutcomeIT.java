package com.fintune.it;

import static com.fintune.it.PredictionCalls.JSON;
import static com.fintune.it.PredictionCalls.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fintune.it.FinTuneServer.Account;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * POST /api/v1/predictions/{id}/outcome: the final decision recorded once, audited, readable by those who see the
 * prediction; 400 naming every bad field, 404 for another account's or an unknown prediction, 409 the second time.
 */
class PredictionOutcomeIT {

    @BeforeAll
    static void ready() throws Exception {
        FinTuneServer.awaitReady();
    }

    static String path(long id) {
        return "/api/v1/predictions/" + id + "/outcome";
    }

    @Test
    void anUnderwriterRecordsAFinalDecisionOnceAndEveryoneWhoSeesThePredictionReadsIt() throws Exception {
        long id = StoredPredictionIT.idOf(StoredPredictionIT.predict(Account.INTEGRATION));
        HttpResponse<String> recorded = post(path(id), "{\"decision\":\"DENY\",\"comment\":\"  DTI confirmed.  \"}",
                Account.UNDERWRITER);
        assertEquals(201, recorded.statusCode(), recorded.body());
        JsonNode outcome = JSON.readTree(recorded.body());
        assertEquals(id, outcome.path("predictionId").asLong());
        assertEquals("DENY", outcome.path("decision").asText());
        assertEquals("DTI confirmed.", outcome.path("comment").asText());
        assertEquals("underwriter", outcome.path("recordedBy").asText());

        for (Account reader : new Account[] {Account.AUDITOR, Account.INTEGRATION, Account.ADMIN}) {
            HttpResponse<String> read = FinTuneServer.get(path(id), reader);
            assertEquals(200, read.statusCode(), reader + ": " + read.body());
            assertEquals("DENY", JSON.readTree(read.body()).path("decision").asText());
        }
        assertEquals(404, FinTuneServer.get(path(id), Account.INTEGRATION2).statusCode());

        HttpResponse<String> again = post(path(id), "{\"decision\":\"APPROVE\"}", Account.ADMIN);
        assertEquals(409, again.statusCode(), again.body());
        assertTrue(again.body().contains("already has its final decision"), again.body());

        HttpResponse<String> audit = FinTuneServer.get("/api/v1/audit/verify", Account.AUDITOR);
        assertTrue(JSON.readTree(audit.body()).path("intact").asBoolean(), audit.body());

        // the recorded decision counts in the accuracy report
        HttpResponse<String> accuracy = FinTuneServer.get("/api/v1/monitoring/accuracy?days=7", Account.AUDITOR);
        assertEquals(200, accuracy.statusCode(), accuracy.body());
        JsonNode report = JSON.readTree(accuracy.body());
        assertEquals(7, report.path("days").size(), accuracy.body());
        assertTrue(report.path("predictions").asLong() >= 1 && report.path("compared").asLong() >= 1, accuracy.body());
        HttpResponse<String> bad = FinTuneServer.get("/api/v1/monitoring/accuracy?days=0", Account.AUDITOR);
        assertEquals(400, bad.statusCode(), bad.body());
        assertTrue(bad.body().contains("\"days\""), bad.body());
        assertEquals(403, FinTuneServer.get("/api/v1/monitoring/accuracy", Account.INTEGRATION).statusCode());
    }

    @Test
    void badInputIsNamedFieldByFieldAndNothingIsStored() throws Exception {
        long id = StoredPredictionIT.idOf(StoredPredictionIT.predict(Account.UNDERWRITER));
        HttpResponse<String> bad = post(path(id), "{\"decision\":\"MAYBE\",\"comment\":7,\"colour\":\"red\"}",
                Account.UNDERWRITER);
        assertEquals(400, bad.statusCode(), bad.body());
        JsonNode errors = JSON.readTree(bad.body()).path("errors");
        assertEquals("comment", errors.get(0).path("field").asText(), bad.body());
        assertEquals("colour", errors.get(1).path("field").asText(), bad.body());

        HttpResponse<String> unknown = post(path(id), "{\"decision\":\"MAYBE\"}", Account.UNDERWRITER);
        assertEquals(400, unknown.statusCode());
        assertTrue(unknown.body().contains("must be one of APPROVE, DENY, WITHDRAW (was \\\"MAYBE\\\")"),
                unknown.body());
        assertEquals(400, post(path(id), "{}", Account.UNDERWRITER).statusCode());
        assertEquals(400, post("/api/v1/predictions/abc/outcome", "{\"decision\":\"DENY\"}", Account.UNDERWRITER)
                .statusCode());
        assertEquals(404, FinTuneServer.get(path(id), Account.UNDERWRITER).statusCode(), "nothing was stored");
    }

    @Test
    void whoMayRecord() throws Exception {
        long id = StoredPredictionIT.idOf(StoredPredictionIT.predict(Account.INTEGRATION));
        assertEquals(403, post(path(id), "{\"decision\":\"DENY\"}", Account.AUDITOR).statusCode());
        assertEquals(404, post(path(id), "{\"decision\":\"DENY\"}", Account.INTEGRATION2).statusCode(),
                "another client's prediction is not there for it");
        assertEquals(404, post(path(999_999_999L), "{\"decision\":\"DENY\"}", Account.UNDERWRITER).statusCode());
        HttpResponse<String> own = post(path(id), "{\"decision\":\"WITHDRAW\"}", Account.INTEGRATION);
        assertEquals(201, own.statusCode(), own.body());
    }
}
