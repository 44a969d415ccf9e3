package com.fintune.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fintune.it.FinTuneServer.Account;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.UUID;

import static com.fintune.it.PredictionCalls.application;
import static com.fintune.it.PredictionCalls.json;
import static com.fintune.it.PredictionCalls.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The score cache on Redis: the second identical call is a cache hit; with Redis gone predictions still answer
 * (uncached) and /health and /api/v1/metrics say the cache is degraded; when Redis returns, caching resumes.
 * The IT server's cache points at a redis-server this test starts and stops (fintune.it.redisPort).
 */
class CacheAndRedisIT {

    @BeforeAll
    static void ready() throws Exception {
        FinTuneServer.awaitReady();
    }

    private static JsonNode predict(String body) throws Exception {
        HttpResponse<String> r = post("/api/v1/predict", body, Account.UNDERWRITER);
        assertEquals(200, r.statusCode(), r.body());
        return json(r);
    }

    /** Predicts the same application until the answer comes from the cache (Redis may need a moment). */
    private static JsonNode cachedAnswer(String body) throws Exception {
        for (int i = 0; i < 60; i++) {
            JsonNode a = predict(body);
            if (a.path("cached").asBoolean()) {
                return a;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("no cache hit within 30 s");
    }

    private static JsonNode predictionCheck() throws Exception {
        JsonNode health = json(FinTuneServer.get("/health/ready"));
        for (JsonNode check : health.path("checks")) {
            if (check.path("name").asText().equals("prediction-service")) {
                return check;
            }
        }
        throw new AssertionError("no prediction-service check in " + health);
    }

    @Test
    void cacheHitsThenSurvivesRedisGoingAwayAndComingBack() throws Exception {
        Assumptions.assumeTrue(ThrowawayRedis.installed(), "redis-server is not installed");
        try (ThrowawayRedis redis = new ThrowawayRedis()) {
            redis.start();
            String body = application("cache check " + UUID.randomUUID()).toString();
            JsonNode first = predict(body);
            JsonNode hit = cachedAnswer(body);
            assertEquals(first.path("riskScore").asDouble(), hit.path("riskScore").asDouble());
            assertEquals(first.path("decision").asText(), hit.path("decision").asText());
            assertEquals("redis", predictionCheck().path("data").path("cacheBackend").asText());

            redis.stop();
            JsonNode uncached = predict(application("redis down " + UUID.randomUUID()).toString());
            assertFalse(uncached.path("cached").asBoolean());
            JsonNode again = predict(body);
            assertFalse(again.path("cached").asBoolean(), "with Redis gone nothing comes from the cache");
            JsonNode check = predictionCheck();
            assertEquals("UP", check.path("status").asText(), "a dead Redis is not a dead service");
            assertEquals("DEGRADED", check.path("data").path("cache").asText(), check.toString());
            JsonNode metrics = json(FinTuneServer.get("/api/v1/metrics", Account.AUDITOR));
            assertFalse(metrics.path("cache").path("available").asBoolean(), metrics.toString());
            assertTrue(metrics.path("cache").path("errors").asLong() > 0, metrics.toString());

            redis.start();
            String fresh = application("redis back " + UUID.randomUUID()).toString();
            predict(fresh);
            cachedAnswer(fresh);
            assertEquals("OK", predictionCheck().path("data").path("cache").asText());
        }
    }
}
