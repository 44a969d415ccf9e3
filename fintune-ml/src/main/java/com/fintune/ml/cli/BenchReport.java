package com.fintune.ml.cli;

import com.fintune.ml.model.bench.BenchmarkResult;

import java.io.PrintWriter;
import java.util.Map;

/** Prints one model's benchmark figures as a readable block. */
final class BenchReport {
    private BenchReport() {
    }

    static void print(PrintWriter out, BenchmarkResult r) {
        out.printf("%n%s: %d layers x %d hidden, %,d parameters%n", r.model(), r.layers(), r.hidden(), r.parameters());
        out.printf("  GEMM floor %.1f GFLOP/s (best %.1f) on the encoder's shapes %s%n", r.gemm().floorGflops(),
                r.gemm().bestFloorGflops(), r.gemm().gflopsByShape());
        for (BenchmarkResult.Latency l : r.latency()) {
            out.printf("  batch 1, seq %3d: p50 %8.2f ms  p95 %8.2f ms  p99 %8.2f ms  min %8.2f ms  (p95/p50 %.2f)  "
                            + "%6.1f GFLOP/s = %4.0f%% of floor (best pass vs best GEMMs: %3.0f%%)%n",
                    l.sequenceLength(), l.millis().p50(), l.millis().p95(), l.millis().p99(), l.millis().min(),
                    l.millis().tailRatio(), l.achievedGflops(), 100 * l.shareOfGemmFloor(),
                    100 * l.bestShareOfGemmFloor());
        }
        for (BenchmarkResult.Throughput t : r.throughput()) {
            out.printf("  batch %2d, seq %3d: %8.1f sequences/s  (median %.1f ms per batch, %4.0f%% of floor)%n",
                    t.batchSize(), t.sequenceLength(), t.sequencesPerSecond(), t.medianMillis(),
                    100 * t.shareOfGemmFloor());
        }
        if (r.profile() != null) {
            out.printf("  profile, batch 1 seq %d (%d ops per pass), ms per pass by op:", r.profile().sequenceLength(),
                    r.profile().opsPerPass());
            int shown = 0;
            for (Map.Entry<String, Double> e : r.profile().millisPerPass().entrySet()) {
                if (shown++ == 8) {
                    break;
                }
                out.printf(" %s %.2f", e.getKey(), e.getValue());
            }
            out.println();
        }
    }
}
