package com.fintune.it;

import static com.fintune.it.ModelRegistryCalls.MODELS;
import static com.fintune.it.ModelRegistryCalls.champion;
import static com.fintune.it.ModelRegistryCalls.model;
import static com.fintune.it.ModelRegistryCalls.predict;
import static com.fintune.it.ModelRegistryCalls.promote;
import static com.fintune.it.ModelRegistryCalls.register;
import static com.fintune.it.ModelRegistryCalls.retire;
import static com.fintune.it.ModelRegistryCalls.route;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fintune.it.FinTuneServer.Account;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The model registry on the running server: a second copy of the fixture checkpoint registered from another
 * directory (same weights, another name, so another version), a 50/50 split that is sticky per application, a
 * shadow whose scores are stored and never returned, promotion and rollback with audit entries, and the 400, 403,
 * 404 and 409 answers. The fixture answers at random: only the form of answers is checked. Leaves the original
 * model as the only CHAMPION with all traffic, as the other ITs expect.
 */
class ModelRegistryIT {

    private static String champion;
    private static String second;

    @BeforeAll
    static void ready() throws Exception {
        FinTuneServer.awaitReady();
        champion = champion();
    }

    @AfterAll
    static void putBack() throws Exception {
        if (champion == null) {
            return;
        }
        if (!champion.equals(champion())) {
            promote(champion, "CHAMPION", "ModelRegistryIT: back to the model the other tests expect");
        }
        route("{\"weights\": {\"" + champion + "\": 100}, \"shadows\": [], \"reason\": \"ModelRegistryIT done\"}");
        if (second != null && !"RETIRED".equals(model(second).path("status").asText())) {
            retire(second, "ModelRegistryIT done");
        }
    }

    @Test
    void lifecycleRoutingShadowAndRollback() throws Exception {
        Path copy = ModelRegistryCalls.copyOfFixture("tiny-roberta-" + Long.toString(System.currentTimeMillis(), 36));
        HttpResponse<String> created = register(copy.toString(), "a second model for the registry test",
                Account.ADMIN);
        assertEquals(201, created.statusCode(), created.body());
        JsonNode registered = PredictionCalls.json(created);
        second = registered.path("version").asText();
        assertNotEquals(champion, second);
        assertEquals("CANDIDATE", registered.path("status").asText());
        assertTrue(registered.path("loaded").asBoolean(), created.body());
        assertTrue(registered.path("memoryBytes").asLong() > 0, created.body());
        assertTrue(registered.path("files").path("model.safetensors").asText().matches("[0-9a-f]{64}"),
                created.body());
        assertEquals(0, registered.path("routingWeight").asInt());
        assertTrue(created.headers().firstValue("Location").orElse("").contains("models/"));
        assertTrue(model(champion).path("memoryBytes").asLong() > 0, "the champion's memory is not stated");

        assertEquals(409, register(copy.toString(), "again", Account.ADMIN).statusCode(), "registered twice");
        assertConflict(promote(second, "CHAMPION", "skip the challenger stage"), "CHALLENGER or SHADOW");
        assertConflict(retire(champion, "no champion left"), "promote another version");
        assertConflict(route(split(50, 50, "")), "CANDIDATE");

        assertEquals("CHALLENGER", PredictionCalls.json(promote(second, null, "challenge the champion"))
                .path("status").asText());
        HttpResponse<String> routed = route(split(50, 50, ""));
        assertEquals(200, routed.statusCode(), routed.body());
        Map<String, String> answeredBy = new HashMap<>();
        for (int i = 0; i < 16; i++) {
            String notes = "registry split " + i + " " + UUID.randomUUID();
            answeredBy.put(notes, predict(notes).path("modelVersion").asText());
        }
        assertEquals(Set.of(champion, second), new HashSet<>(answeredBy.values()), "both versions answer 50/50");
        for (Map.Entry<String, String> e : answeredBy.entrySet()) {
            for (int again = 0; again < 2; again++) {
                assertEquals(e.getValue(), predict(e.getKey()).path("modelVersion").asText(),
                        "the same application went to another version");
            }
        }
        assertEquals(50, model(second).path("routingWeight").asInt());

        assertEquals("SHADOW", PredictionCalls.json(promote(second, "SHADOW", "watch it in the shadow first"))
                .path("status").asText());
        assertEquals(0, model(second).path("routingWeight").asInt(), "a shadow kept its share of traffic");
        assertEquals(200, route(split(100, -1, second)).statusCode());
        for (int i = 0; i < 4; i++) {
            JsonNode answer = predict("registry shadow " + i + " " + UUID.randomUUID());
            assertEquals(champion, answer.path("modelVersion").asText());
            assertFalse(answer.toString().contains(second), "a shadow's version reached an answer: " + answer);
            JsonNode stored = PredictionCalls.json(FinTuneServer.get("/api/v1/predictions/"
                    + answer.path("predictionId").asLong(), Account.ADMIN));
            assertFalse(stored.toString().contains(second), "a shadow's version reached a stored answer");
        }
        JsonNode shadowScores = awaitShadowScores(second, 4);
        shadowScores.forEach(s -> {
            assertEquals(champion, s.path("servedVersion").asText());
            assertTrue(s.path("inputHash").asText().matches("[0-9a-f]{64}"), s.toString());
        });

        assertEquals("CHAMPION", PredictionCalls.json(promote(second, "CHAMPION", "the shadow did well"))
                .path("status").asText());
        assertEquals("RETIRED", model(champion).path("status").asText());
        assertTrue(model(champion).path("loaded").asBoolean(), "the previous champion must stay loaded");
        assertEquals(second, predict("after promotion " + UUID.randomUUID()).path("modelVersion").asText());
        HttpResponse<String> rollback = promote(champion, null, "roll back: the new champion misbehaves");
        assertEquals(200, rollback.statusCode(), rollback.body());
        assertEquals("CHAMPION", PredictionCalls.json(rollback).path("status").asText());
        assertEquals(champion, predict("after rollback " + UUID.randomUUID()).path("modelVersion").asText());
        assertConflict(promote(second, "CHALLENGER", "a retired challenger"), "RETIRED");

        assertEquals(List.of("MODEL_REGISTER admin", "MODEL_PROMOTE admin", "MODEL_PROMOTE admin",
                "MODEL_PROMOTE admin", "MODEL_RETIRE admin"), ModelRegistryCalls.auditEntries(second));
        JsonNode history = model(second).path("history");
        assertEquals("roll back: the new champion misbehaves",
                history.get(history.size() - 1).path("reason").asText().replaceFirst("^replaced as CHAMPION by "
                        + java.util.regex.Pattern.quote(champion) + ": ", ""), history.toString());
    }

    @Test
    void badRegistrationsAreFourHundredsNamingTheField() throws Exception {
        assertBadField(register(null, "no path", Account.ADMIN), "artifactPath");
        assertBadField(register("/no/such/fintune/dir", "missing", Account.ADMIN), "artifactPath");
        assertBadField(register("relative/dir", "relative", Account.ADMIN), "artifactPath");
        Path empty = Files.createTempDirectory("fintune-registry-empty");
        assertBadField(register(empty.toString(), "no checkpoint in it", Account.ADMIN), "artifactPath");
        Path file = Files.writeString(empty.resolve("a-file"), "x");
        assertBadField(register(file.toString(), "a file", Account.ADMIN), "artifactPath");
        Path broken = Files.createDirectories(empty.resolve("broken"));
        Files.writeString(broken.resolve("config.json"), "{ not json");
        Files.writeString(broken.resolve("model.safetensors"), "not weights");
        assertBadField(register(broken.toString(), "an invalid checkpoint", Account.ADMIN), "artifactPath");
        assertBadField(register(ModelRegistryCalls.FIXTURE.toString(), null, Account.ADMIN), "reason");
        assertBadField(PredictionCalls.post(MODELS, "{\"artifactPath\": \"/x\", \"reason\": \"r\", \"colour\": 1}",
                Account.ADMIN), "colour");
        assertBadField(route("{\"weights\": {\"" + champion + "\": 60}, \"reason\": \"short\"}"), "weights");
        assertBadField(route("{\"weights\": {\"nobody@0\": 100}, \"reason\": \"unknown\"}"), "weights.nobody@0");
        assertEquals(404, FinTuneServer.get(MODELS + "/nobody@000000000000", Account.ADMIN).statusCode());
    }

    @Test
    void onlyAnAdminMayReadOrChangeTheRegistry() throws Exception {
        assertEquals(401, FinTuneServer.get(MODELS).statusCode());
        for (Account a : new Account[] {Account.UNDERWRITER, Account.AUDITOR, Account.INTEGRATION}) {
            assertEquals(403, FinTuneServer.get(MODELS, a).statusCode(), a.user);
            assertEquals(403, register(ModelRegistryCalls.FIXTURE.toString(), "not mine", a).statusCode(), a.user);
        }
        assertEquals(200, FinTuneServer.get(MODELS, Account.ADMIN).statusCode());
        assertEquals(200, FinTuneServer.get(MODELS + "/routing", Account.ADMIN).statusCode());
    }

    /** {"weights": {champion: a, second: b}, "shadows": [shadow]}; b < 0 leaves the second version out. */
    private static String split(int a, int b, String shadow) {
        return "{\"weights\": {\"" + champion + "\": " + a + (b < 0 ? "" : ", \"" + second + "\": " + b) + "}, "
                + "\"shadows\": [" + (shadow.isEmpty() ? "" : "\"" + shadow + "\"") + "], \"reason\": \"test split\"}";
    }

    private static JsonNode awaitShadowScores(String version, int atLeast) throws Exception {
        long deadline = System.nanoTime() + 60_000_000_000L;
        JsonNode scores;
        do {
            scores = PredictionCalls.json(FinTuneServer.get(ModelRegistryCalls.path(version, "/shadow-predictions"),
                    Account.ADMIN));
            if (scores.size() >= atLeast) {
                assertTrue(model(version).path("shadowPredictions").asLong() >= atLeast);
                return scores;
            }
            Thread.sleep(500);
        } while (System.nanoTime() < deadline);
        throw new AssertionError("only " + scores.size() + " shadow scores stored for " + version);
    }

    private static void assertConflict(HttpResponse<String> r, String words) {
        assertEquals(409, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertTrue(r.body().contains(words), r.body());
    }

    private static void assertBadField(HttpResponse<String> r, String field) throws Exception {
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        boolean named = false;
        for (JsonNode e : PredictionCalls.json(r).path("errors")) {
            named |= field.equals(e.path("field").asText());
        }
        assertTrue(named, "no error names " + field + ": " + r.body());
    }
}
