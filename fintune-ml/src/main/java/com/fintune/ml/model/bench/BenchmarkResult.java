package com.fintune.ml.model.bench;

import java.util.List;
import java.util.Map;

/** Figures for one model shape (serialised as the benchmark's JSON). */
public record BenchmarkResult(String model, long parameters, int layers, int hidden, GemmFloor.Result gemm,
                              List<Latency> latency, List<Throughput> throughput, Profile profile) {

    /**
     * Batch-1 latency at one length; {@code shareOfGemmFloor} = model FLOPs ÷ median time ÷ median floor, and
     * {@code bestShareOfGemmFloor} the same with the fastest pass and the fastest GEMMs (least disturbed by load).
     */
    public record Latency(int sequenceLength, double gflopPerPass, LatencyStats millis, double achievedGflops,
                          double shareOfGemmFloor, double bestShareOfGemmFloor) {
    }

    public record Throughput(int batchSize, int sequenceLength, double medianMillis, double sequencesPerSecond,
                             double achievedGflops, double shareOfGemmFloor) {
    }

    /** Where a batch-1 pass spends its time, by op type. */
    public record Profile(int sequenceLength, int opsPerPass, Map<String, Double> millisPerPass,
                          Map<String, Double> shareOfOpTime) {
    }
}
