package com.fintune.monitoring.service;

import com.fintune.ml.eval.drift.DriftThresholds;
import java.util.Optional;
import java.util.function.Function;

/**
 * Drift monitoring's settings (MicroProfile Config, documented in docs/operations.md).
 *
 * @param thresholds     fintune.drift.watch (0.1) and fintune.drift.act (0.25): PSI levels
 * @param windowDays     fintune.drift.window-days (30): how many days of predictions a check reads
 * @param minPredictions fintune.drift.min-predictions (200): fewer predictions in the window measure nothing (with
 *                       ten bins an unchanged population gives a PSI of about 9 / n by sampling alone)
 * @param reference      fintune.drift.reference: the drift-reference.json to compare with; empty = the one beside
 *                       the serving model's weights
 */
public record DriftSettings(DriftThresholds thresholds, int windowDays, int minPredictions,
                            Optional<String> reference) {

    public static DriftSettings from(Function<String, Optional<String>> config) {
        double watch = number(config, "fintune.drift.watch", 0.1);
        double act = number(config, "fintune.drift.act", 0.25);
        int days = (int) number(config, "fintune.drift.window-days", 30);
        int min = (int) number(config, "fintune.drift.min-predictions", 200);
        if (days < 1 || min < 1) {
            throw new IllegalArgumentException("fintune.drift.window-days and fintune.drift.min-predictions must be "
                    + "at least 1");
        }
        return new DriftSettings(new DriftThresholds(watch, act), days, min,
                config.apply("fintune.drift.reference").map(String::trim).filter(s -> !s.isEmpty()));
    }

    private static double number(Function<String, Optional<String>> config, String key, double fallback) {
        Optional<String> raw = config.apply(key).map(String::trim).filter(s -> !s.isEmpty());
        try {
            return raw.map(Double::parseDouble).orElse(fallback);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a number, was '" + raw.get() + "'", e);
        }
    }
}
