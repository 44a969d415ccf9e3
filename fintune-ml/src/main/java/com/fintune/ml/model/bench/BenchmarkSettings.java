package com.fintune.ml.model.bench;

import java.util.List;

/**
 * What the encoder benchmark measures.
 *
 * @param latencyLengths   sequence lengths for batch-1 latency
 * @param latencyRuns      timed batch-1 runs per length (after warm-up)
 * @param throughputBatches batch sizes for throughput
 * @param throughputLength sequence length for throughput
 * @param throughputRuns   timed runs per batch size
 * @param warmUpRuns       untimed runs before each latency measurement (one before each throughput measurement)
 * @param profileRuns      runs with per-op timing at batch 1 and the middle latency length (0: no profile)
 */
public record BenchmarkSettings(List<Integer> latencyLengths, int latencyRuns, List<Integer> throughputBatches,
                                int throughputLength, int throughputRuns, int warmUpRuns, int profileRuns) {
    public static final BenchmarkSettings DEFAULT = new BenchmarkSettings(List.of(64, 128, 256), 40,
            List.of(8, 16, 32), 128, 5, 3, 5);
}
