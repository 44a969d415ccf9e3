package com.fintune.assessment.infrastructure.cache;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScoreCacheTest {

    /** Generous enough for Redisson's first calls on a loaded CI machine (300 ms failed there). */
    private static final Duration REDIS_TIMEOUT = Duration.ofMillis(2000);

    @Test
    void inProcessCacheCountsHitsAndMissesAndExpires() throws Exception {
        try (ScoreCache cache = ScoreCaches.open("test-in-process", null, Duration.ofSeconds(1),
                Duration.ofMillis(200), Duration.ofSeconds(1))) {
            assertEquals(Optional.empty(), cache.get("k"));
            cache.put("k", "v");
            assertEquals(Optional.of("v"), cache.get("k"));
            CacheHealth health = cache.health();
            assertEquals("in-process", health.backend());
            assertTrue(health.available());
            assertEquals(1, health.hits());
            assertEquals(1, health.misses());
            assertEquals(0.5, health.hitRate());
            Thread.sleep(1500);
            assertEquals(Optional.empty(), cache.get("k"), "entries expire after the TTL");
        }
    }

    @Test
    void redisDownMeansUncachedAndReportedThenRecovers() throws Exception {
        Assumptions.assumeTrue(ThrowawayRedis.installed(), "redis-server is not installed");
        try (ThrowawayRedis redis = new ThrowawayRedis()) {
            redis.start();
            try (ScoreCache first = ScoreCaches.open("scores", redis.url(), Duration.ofMinutes(5),
                    REDIS_TIMEOUT, Duration.ofMillis(500));
                 ScoreCache second = ScoreCaches.open("scores", redis.url(), Duration.ofMinutes(5),
                         REDIS_TIMEOUT, Duration.ofMillis(500))) {
                first.put("k", "v");
                assertEquals(Optional.of("v"), second.get("k"), "Redis is shared between cache instances");
                assertEquals("redis", second.health().backend());

                redis.stop();
                long start = System.nanoTime();
                assertEquals(Optional.empty(), first.get("k"));
                CacheHealth down = first.health();
                assertFalse(down.available());
                assertNotNull(down.lastError());
                assertEquals(1, down.errors());
                assertEquals(Optional.empty(), first.get("k"), "while resting, no call reaches Redis");
                assertEquals(1, first.health().errors());
                assertTrue((System.nanoTime() - start) / 1_000_000 < 3 * REDIS_TIMEOUT.toMillis(),
                        "a dead Redis must not stall callers beyond the configured timeout");

                redis.start();
                Thread.sleep(600);
                boolean back = false;
                for (int i = 0; i < 40 && !back; i++) {
                    first.put("k2", "v2");
                    back = first.get("k2").isPresent();
                    if (!back) {
                        Thread.sleep(250);
                    }
                }
                assertTrue(back, "the cache is used again once Redis is back: " + first.health());
                assertTrue(first.health().available());
            }
        }
    }
}
