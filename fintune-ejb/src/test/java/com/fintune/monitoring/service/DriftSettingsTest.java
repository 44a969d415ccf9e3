package com.fintune.monitoring.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fintune.ml.eval.drift.DriftThresholds;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DriftSettingsTest {

    @Test
    void defaultsAreTheDocumentedOnes() {
        DriftSettings s = DriftSettings.from(key -> Optional.empty());
        assertEquals(0.1, s.thresholds().watch());
        assertEquals(0.25, s.thresholds().act());
        assertEquals(30, s.windowDays());
        assertEquals(200, s.minPredictions());
        assertEquals(Optional.empty(), s.reference());
        assertEquals(DriftThresholds.Level.WATCH, s.thresholds().level(0.1));
        assertEquals(DriftThresholds.Level.ACT, s.thresholds().level(0.3));
    }

    @Test
    void configurationOverridesAndBadValuesAreNamed() {
        Map<String, String> c = Map.of("fintune.drift.watch", "0.2", "fintune.drift.act", "0.4",
                "fintune.drift.window-days", "7", "fintune.drift.reference", " /x/ref.json ");
        DriftSettings s = DriftSettings.from(k -> Optional.ofNullable(c.get(k)));
        assertEquals(0.2, s.thresholds().watch());
        assertEquals(7, s.windowDays());
        assertEquals(Optional.of("/x/ref.json"), s.reference());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DriftSettings.from(k -> k.equals("fintune.drift.act") ? Optional.of("high") : Optional.empty()));
        assertEquals("fintune.drift.act must be a number, was 'high'", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> DriftSettings.from(k -> k.equals("fintune.drift.act")
                ? Optional.of("0.05") : Optional.empty()), "act below watch");
    }

    @Test
    void storedProbabilitiesAreReadInTaxonomyOrder() {
        float[] p = DriftService.probabilities("[0.9,0.0,0.01,0.0,0.0,0.0,0.5,0.0,0.0,0.0,0.0,0.1234]");
        assertArrayEquals(new float[] {0.9f, 0, 0.01f, 0, 0, 0, 0.5f, 0, 0, 0, 0, 0.1234f}, p);
        assertThrows(IllegalArgumentException.class, () -> DriftService.probabilities("[0.1,0.2]"));
    }
}
