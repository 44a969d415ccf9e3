package com.fintune.ml.train;

import java.io.PrintStream;
import java.util.Locale;

/**
 * The progress line of a run: phase, epoch, step, smoothed loss, learning rate, gradient norm, examples per
 * second and the time left, printed at most every {@code intervalMillis}.
 */
final class ProgressLine {
    private final PrintStream out;
    private final String phase;
    private final long totalSteps;
    private final long intervalMillis;
    private final long startNanos = System.nanoTime();
    private final long startStep;
    private long examples;
    private long lastPrint;
    private double smoothedLoss = Double.NaN;

    ProgressLine(PrintStream out, String phase, long startStep, long totalSteps, long intervalMillis) {
        this.out = out;
        this.phase = phase;
        this.startStep = startStep;
        this.totalSteps = totalSteps;
        this.intervalMillis = intervalMillis;
    }

    void update(int epoch, long step, double loss, double lr, double gradNorm, int batchExamples) {
        examples += batchExamples;
        smoothedLoss = Double.isNaN(smoothedLoss) ? loss : 0.95 * smoothedLoss + 0.05 * loss;
        long now = System.currentTimeMillis();
        if (now - lastPrint < intervalMillis && step < totalSteps) return;
        lastPrint = now;
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        double rate = examples / Math.max(1e-9, seconds);
        double stepsPerSecond = (step - startStep) / Math.max(1e-9, seconds);
        long eta = stepsPerSecond > 0 ? Math.round((totalSteps - step) / stepsPerSecond) : -1;
        out.printf(Locale.ROOT, "%s epoch %d step %d/%d loss %.4f lr %.2e |g| %.3f %.1f ex/s ETA %s%n", phase,
                epoch + 1, step, totalSteps, smoothedLoss, lr, gradNorm, rate, duration(eta));
    }

    static String duration(long seconds) {
        if (seconds < 0) return "?";
        return String.format(Locale.ROOT, "%dm%02ds", seconds / 60, seconds % 60);
    }
}
