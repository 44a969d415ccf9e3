package com.fintune.ml.train.optim;

/**
 * Linear warm-up from 0 to the peak rate over {@code warmupSteps}, then linear decay to 0 at {@code totalSteps}
 * (Hugging Face's {@code get_linear_schedule_with_warmup}).
 */
public record LearningRateSchedule(double peak, long warmupSteps, long totalSteps) {

    public LearningRateSchedule {
        if (peak <= 0 || warmupSteps < 0 || totalSteps <= 0 || warmupSteps > totalSteps) {
            throw new IllegalArgumentException("schedule needs peak > 0 and 0 <= warmup <= total, total > 0");
        }
    }

    /** Rate for the update with 0-based index {@code step}. */
    public double rate(long step) {
        if (step < warmupSteps) {
            return peak * (step + 1) / warmupSteps;
        }
        long decaySteps = totalSteps - warmupSteps;
        if (decaySteps == 0) return peak;
        return peak * Math.max(0.0, (double) (totalSteps - step) / decaySteps);
    }
}
