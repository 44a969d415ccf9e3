package com.fintune.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fintune.it.FinTuneServer.Account;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static com.fintune.it.PredictionCalls.JSON;
import static com.fintune.it.PredictionCalls.application;
import static com.fintune.it.PredictionCalls.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** GET /api/v1/predictions[/{id}]: the first answer byte for byte, filters and pages, isolation, 400s by field. */
class StoredPredictionIT {

    static final String LIST = "/api/v1/predictions";

    @BeforeAll
    static void ready() throws Exception {
        FinTuneServer.awaitReady();
    }

    /** POSTs a unique application as {@code account}; returns the answer's exact bytes. */
    static byte[] predict(Account account) throws Exception {
        HttpResponse<byte[]> r = FinTuneServer.CLIENT.send(FinTuneServer.request("/api/v1/predict")
                .header("Content-Type", "application/json").header("Authorization", account.basic())
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                        application("stored " + UUID.randomUUID()).toString())).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, r.statusCode(), new String(r.body(), StandardCharsets.UTF_8));
        return r.body();
    }

    static long idOf(byte[] answer) throws Exception {
        return JSON.readTree(answer).path("predictionId").asLong();
    }

    static JsonNode list(String query, Account account) throws Exception {
        HttpResponse<String> r = FinTuneServer.get(LIST + query, account);
        assertEquals(200, r.statusCode(), r.body());
        return JSON.readTree(r.body());
    }

    static List<Long> ids(JsonNode page) {
        List<Long> ids = new ArrayList<>();
        page.path("items").forEach(i -> ids.add(i.path("predictionId").asLong()));
        return ids;
    }

    @Test
    void theStoredAnswerIsTheFirstAnswerByteForByte() throws Exception {
        byte[] first = predict(Account.INTEGRATION);
        long id = idOf(first);
        String expected = "\"answer\":" + new String(first, StandardCharsets.UTF_8) + ",\"links\":";
        for (Account reader : List.of(Account.INTEGRATION, Account.UNDERWRITER, Account.AUDITOR, Account.ADMIN)) {
            HttpResponse<byte[]> r = FinTuneServer.CLIENT.send(FinTuneServer.request(LIST + "/" + id)
                    .header("Authorization", reader.basic()).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            String body = new String(r.body(), StandardCharsets.UTF_8);
            assertEquals(200, r.statusCode(), reader + ": " + body);
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
            assertTrue(body.contains(expected), reader + " got another answer than the first: " + body);
            JsonNode node = JSON.readTree(body);
            assertEquals(id, node.path("predictionId").asLong());
            assertEquals("integration", node.path("submittedBy").asText());
            assertEquals(LIST + "/" + id, node.path("links").path("self").asText());
            assertEquals(LIST + "/" + id + "/explanation", node.path("links").path("explanation").asText());
        }
    }

    @Test
    void anotherIntegrationAccountNeitherSeesNorListsIt() throws Exception {
        long mine = idOf(predict(Account.INTEGRATION));
        long theirs = idOf(predict(Account.INTEGRATION2));
        HttpResponse<String> foreign = FinTuneServer.get(LIST + "/" + mine, Account.INTEGRATION2);
        HttpResponse<String> missing = FinTuneServer.get(LIST + "/987654321987", Account.INTEGRATION2);
        assertEquals(404, foreign.statusCode(), foreign.body());
        ApiSecurityIT.assertProblem(foreign, 404);
        assertEquals(missing.body().replace("prediction 987654321987.", "prediction ID."),
                foreign.body().replace("prediction " + mine + ".", "prediction ID."),
                "another account's prediction must read exactly like one that does not exist");
        assertEquals(200, FinTuneServer.get(LIST + "/" + theirs, Account.INTEGRATION2).statusCode());
        assertEquals(404, FinTuneServer.get(LIST + "/" + theirs, Account.INTEGRATION).statusCode());

        JsonNode theirList = list("?size=100", Account.INTEGRATION2);
        theirList.path("items").forEach(i -> assertEquals("integration2", i.path("submittedBy").asText()));
        assertTrue(ids(theirList).contains(theirs) && !ids(theirList).contains(mine), theirList.toString());
        JsonNode myList = list("?size=100", Account.INTEGRATION);
        assertTrue(ids(myList).contains(mine) && !ids(myList).contains(theirs), myList.toString());
        assertTrue(ids(list("?size=100", Account.AUDITOR)).containsAll(List.of(mine, theirs)));
    }

    @Test
    void filtersAndPagesNewestFirst() throws Exception {
        List<JsonNode> answers = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            answers.add(JSON.readTree(predict(Account.INTEGRATION)));
        }
        // exactly these three: from the first one's time (inclusive) to just after the last one's (exclusive)
        Instant start = assessedAt(answers.get(0));
        String window = "?from=" + start + "&to=" + assessedAt(answers.get(2)).plusNanos(1_000);
        JsonNode first = list(window + "&size=2", Account.INTEGRATION);
        JsonNode second = list(window + "&size=2&page=1", Account.INTEGRATION);
        assertEquals(3, first.path("total").asLong(), first.toString());
        assertEquals(2, first.path("totalPages").asLong());
        List<Long> paged = new ArrayList<>(ids(first));
        paged.addAll(ids(second));
        List<Long> newestFirst = answers.stream().map(a -> a.path("predictionId").asLong())
                .sorted(java.util.Comparator.reverseOrder()).toList();
        assertEquals(newestFirst, paged);

        String decision = answers.get(0).path("decision").asText();
        long sameDecision = answers.stream().filter(a -> a.path("decision").asText().equals(decision)).count();
        JsonNode decided = list(window + "&decision=" + decision, Account.INTEGRATION);
        assertEquals(sameDecision, decided.path("total").asLong(), decided.toString());
        decided.path("items").forEach(i -> assertEquals(decision, i.path("decision").asText()));
        assertEquals(0, list("?to=" + start, Account.INTEGRATION).path("items").findValues("predictionId").stream()
                .filter(v -> newestFirst.contains(v.asLong())).count(), "to is exclusive and before them all");
        assertEquals(0, list("?applicationId=987654321", Account.AUDITOR).path("total").asLong());
    }

    static Instant assessedAt(JsonNode answer) throws Exception {
        long id = answer.path("predictionId").asLong();
        return Instant.parse(JSON.readTree(FinTuneServer.get(LIST + "/" + id, Account.INTEGRATION).body())
                .path("assessedAt").asText());
    }

    @Test
    void aStoredApplicationsPredictionsAreFoundByItsId() throws Exception {
        HttpResponse<String> r = post("/api/v1/predict", "{\"applicationId\": 1}", Account.INTEGRATION);
        if (r.statusCode() == 404) {
            return; // no stored applications on this database (PostgreSQL is not seeded with demo data)
        }
        assertEquals(200, r.statusCode(), r.body());
        long id = JSON.readTree(r.body()).path("predictionId").asLong();
        JsonNode page = list("?applicationId=1&size=100", Account.INTEGRATION);
        assertTrue(ids(page).contains(id), page.toString());
        page.path("items").forEach(i -> assertEquals(1, i.path("applicationId").asLong()));
    }

    @Test
    void everyBadParameterIsNamedInOne400() throws Exception {
        HttpResponse<String> r = FinTuneServer.get(LIST + "?applicationId=x&from=yesterday&to=2024-13-01"
                + "&decision=MAYBE&page=-1&size=1000&colour=red", Account.AUDITOR);
        assertEquals(400, r.statusCode(), r.body());
        ApiSecurityIT.assertProblem(r, 400);
        Set<String> fields = new HashSet<>();
        JSON.readTree(r.body()).path("errors").forEach(e -> fields.add(e.path("field").asText()));
        assertEquals(Set.of("applicationId", "from", "to", "decision", "page", "size", "colour"), fields, r.body());
        assertFalse(r.body().matches("(?s).*(Exception|java\\.|jakarta\\.|org\\.).*"), "library names: " + r.body());
        for (String id : List.of("abc", "0", "-3", "99999999999999999999")) {
            HttpResponse<String> bad = FinTuneServer.get(LIST + "/" + id, Account.AUDITOR);
            assertEquals(400, bad.statusCode(), id + ": " + bad.body());
            assertEquals("id", JSON.readTree(bad.body()).path("errors").path(0).path("field").asText());
        }
        assertEquals(401, FinTuneServer.get(LIST).statusCode());
    }
}
