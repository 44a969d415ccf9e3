package com.fintune.assessment.infrastructure;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LatencyWindowAndSettingsTest {

    @Test
    void percentilesCoverOnlyTheRecentWindow() {
        LatencyWindow w = new LatencyWindow(100);
        assertTrue(Double.isNaN(w.percentiles(50)[0]));
        for (int i = 1; i <= 100; i++) {
            w.record(1000);
        }
        for (int i = 1; i <= 100; i++) {
            w.record(i);
        }
        assertArrayEquals(new double[] {50, 95, 99, 100}, w.percentiles(50, 95, 99, 100));
        assertEquals(200, w.count());
    }

    @Test
    void settingsHaveDefaultsAndNameABadKey() {
        RuntimeSettings d = RuntimeSettings.from(k -> Optional.empty());
        assertEquals(16, d.maxBatch());
        assertEquals(Duration.ofMillis(3), d.maxWait());
        assertEquals(Optional.empty(), d.redisUrl());
        RuntimeSettings s = RuntimeSettings.from(k -> Optional.ofNullable(Map.of("fintune.redis.url", " ",
                "fintune.model.max-batch", "8", "fintune.cache.ttl-seconds", "60").get(k)));
        assertEquals(Optional.empty(), s.redisUrl(), "a blank URL means the in-process cache");
        assertEquals(8, s.maxBatch());
        assertEquals(Duration.ofMinutes(1), s.cacheTtl());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RuntimeSettings.from(
                k -> k.equals("fintune.model.max-wait-ms") ? Optional.of("soon") : Optional.empty()));
        assertTrue(e.getMessage().contains("fintune.model.max-wait-ms"));
    }
}
