package com.fintune.ml.train;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fintune.ml.eval.LabeledEvaluation;
import com.fintune.ml.model.ComputeThreads;
import com.fintune.ml.model.RobertaConfig;
import com.fintune.ml.model.checkpoint.ModelWeights;
import com.fintune.ml.train.batch.EncodedExample;
import com.fintune.ml.train.optim.AdamW;
import com.fintune.ml.train.step.StepGradients;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Timing of frozen-layer fine-tuning on a random model of all-MiniLM-L6-v2's shape (6 layers × 384, 12 heads, 1536
 * wide, 30,522 tokens), 48-token texts, batch 16, 2 compute threads: the cache pass per 1,000 examples and one update
 * with 0, 4 and 5 frozen layers (or those listed in {@code -Dfintune.bench.frozen=5,4}). Runs only with
 * {@code -Dfintune.bench=true} (a few minutes of both cores).
 */
class FrozenLayersBench {
    private static final int TOKENS = 48;
    private static final int BATCH = 16;

    @Test
    void timings() {
        assumeTrue(Boolean.getBoolean("fintune.bench"), "timing run: -Dfintune.bench=true");
        ComputeThreads.set(2);
        RobertaConfig config = RobertaConfig.ofShape(30_522, 384, 6, 12, 1536, 514, LabeledEvaluation.categoryNames());
        ModelWeights weights = ModelWeights.random(config, 1);
        Random random = new Random(2);
        List<EncodedExample> examples = new ArrayList<>();
        for (int i = 0; i < 512; i++) {
            int length = TOKENS - random.nextInt(8);
            int[] ids = new int[length];
            for (int j = 1; j < length - 1; j++) ids[j] = 3 + random.nextInt(30_000);
            ids[length - 1] = 2;
            float[] reasons = new float[config.labels().size()];
            reasons[random.nextInt(reasons.length)] = 1;
            examples.add(new EncodedExample(ids, null, reasons, random.nextFloat() * 100));
        }
        List<EncodedExample> validation = examples.subList(0, 64);
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream());
        StringBuilder report = new StringBuilder();
        int[] settingsToTime = java.util.Arrays.stream(System.getProperty("fintune.bench.frozen", "0,4,5").split(","))
                .mapToInt(Integer::parseInt).toArray();
        for (int frozen : settingsToTime) {
            FineTuneSettings settings = FineTuneSettings.defaults().withFrozenLayers(frozen);
            long start = System.nanoTime();
            long startCpu = cpu();
            FineTuneMode mode = frozen == 0 ? new WholeModelMode(weights, settings, examples, validation, 1)
                    : new FrozenLayersMode(weights, settings, examples, validation, 1, quiet);
            double setup = (System.nanoTime() - start) / 1e9;
            double setupCpu = (cpu() - startCpu) / 1e9;
            if (frozen > 0) {
                double per1000 = 1000.0 / (examples.size() + validation.size());
                report.append(String.format(Locale.ROOT, "cache pass, %d frozen layers: %.1f s wall, %.1f CPU-s per"
                        + " 1,000 examples (%d tokens)%n", frozen, setup * per1000, setupCpu * per1000, TOKENS));
            }
            AdamW optimizer = AdamW.standard(0.01);
            double seconds = 0;
            double cpuSeconds = 0;
            int timed = 0;
            for (int step = 0; step < 10; step++) {
                int[] rows = new int[BATCH];
                for (int i = 0; i < BATCH; i++) rows[i] = (step * BATCH + i) % examples.size();
                long t = System.nanoTime();
                long c = cpu();
                mode.seedDropout(step);
                StepGradients g = mode.gradients(rows);
                g.clip(1.0);
                optimizer.step(weights.arrays(), g.dense(), 1e-5);
                if (g.sparseName() != null) {
                    optimizer.stepRows(g.sparseName(), weights.get(g.sparseName()), g.sparse(), 1e-5);
                }
                if (step >= 2) {
                    seconds += (System.nanoTime() - t) / 1e9;
                    cpuSeconds += (cpu() - c) / 1e9;
                    timed++;
                }
            }
            report.append(String.format(Locale.ROOT, "update, %d frozen layers, batch %d × %d tokens: %.3f s wall,"
                    + " %.3f CPU-s%n", frozen, BATCH, TOKENS, seconds / timed, cpuSeconds / timed));
        }
        System.out.print(report);
        System.err.print(report);
        assertTrue(report.length() > 0);
    }

    /** CPU time of the whole process (every compute thread), in nanoseconds: less sensitive to a busy machine. */
    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }
}
