package com.fintune.ml.model.bench;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The arithmetic behind the benchmark's figures (no timing here). */
class BenchFiguresTest {
    @Test
    void percentilesAreNearestRank() {
        long[] nanos = new long[100];
        for (int i = 0; i < 100; i++) {
            nanos[i] = (100 - i) * 1_000_000L; // 100 ms … 1 ms, unsorted
        }
        LatencyStats s = LatencyStats.ofNanos(nanos);
        assertEquals(50.0, s.p50());
        assertEquals(95.0, s.p95());
        assertEquals(99.0, s.p99());
        assertEquals(1.0, s.min());
        assertEquals(100.0, s.max());
        assertEquals(1.9, s.tailRatio(), 1e-12);
    }

    @Test
    void robertaBaseAtBatchOneSeq128IsAbout22Gflop() {
        double gflop = EncoderFlops.forward(BenchmarkShapes.robertaBase(), 1, 128) / 1e9;
        assertEquals(22.35, gflop, 0.05);
        assertEquals(gflop / 2, EncoderFlops.forward(BenchmarkShapes.distilRoberta(), 1, 128) / 1e9, 1e-9);
        assertTrue(EncoderFlops.dense(BenchmarkShapes.robertaBase(), 1, 128) < EncoderFlops.forward(
                BenchmarkShapes.robertaBase(), 1, 128));
    }

    @Test
    void residentMemoryIsReadOnLinux() {
        assertTrue(ResidentMemory.megabytes() > 10, "a JVM has more than 10 MB resident");
    }
}
