package com.fintune.ml.model.bench;

import com.fintune.ml.model.ExtraOutput;
import com.fintune.ml.model.RobertaConfig;
import com.fintune.ml.model.RobertaEncoder;
import com.fintune.ml.model.TokenBatch;
import com.fintune.ml.model.checkpoint.ModelWeights;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/** Times one model's encoder: batch-1 latency percentiles, batched throughput, GEMM floor and per-op profile. */
public final class EncoderBenchmark {
    private static final Set<ExtraOutput> NONE = EnumSet.noneOf(ExtraOutput.class);
    private final BenchmarkSettings settings;
    private final Random random = new Random(20240601);

    public EncoderBenchmark(BenchmarkSettings settings) {
        this.settings = settings;
    }

    public BenchmarkResult run(String name, ModelWeights weights) {
        RobertaConfig c = weights.config();
        RobertaEncoder encoder = new RobertaEncoder(weights);
        int floorTokens = Math.min(settings.throughputLength(), c.maxSequenceLength());
        GemmFloor.Result before = GemmFloor.measure(floorTokens, c.hiddenSize(), c.intermediateSize(), 30);
        List<long[]> latencyNanos = new ArrayList<>();
        List<Integer> lengths = new ArrayList<>();
        for (int length : settings.latencyLengths()) {
            if (length > c.maxSequenceLength()) {
                continue; // beyond the model's position table (the tiny fixture stops at 128)
            }
            int seq = length;
            latencyNanos.add(time(encoder, batch(c, 1, seq), settings.latencyRuns(), settings.warmUpRuns()));
            lengths.add(seq);
        }
        // the floor is measured before and after the model's runs and the better figures kept: load drifts
        GemmFloor.Result gemm = before.best(GemmFloor.measure(floorTokens, c.hiddenSize(), c.intermediateSize(), 30));
        List<BenchmarkResult.Latency> latency = new ArrayList<>();
        for (int i = 0; i < lengths.size(); i++) {
            LatencyStats stats = LatencyStats.ofNanos(latencyNanos.get(i));
            double gflop = EncoderFlops.forward(c, 1, lengths.get(i)) / 1e9;
            double achieved = gflop / (stats.p50() / 1e3);
            double best = gflop / (stats.min() / 1e3);
            latency.add(new BenchmarkResult.Latency(lengths.get(i), round(gflop), stats, round(achieved),
                    round(achieved / gemm.floorGflops()), round(best / gemm.bestFloorGflops())));
        }
        List<BenchmarkResult.Throughput> throughput = new ArrayList<>();
        int seq = Math.min(settings.throughputLength(), c.maxSequenceLength());
        for (int size : settings.throughputBatches()) {
            double median = LatencyStats.ofNanos(time(encoder, batch(c, size, seq), settings.throughputRuns(), 1)).p50();
            double achieved = EncoderFlops.forward(c, size, seq) / 1e9 / (median / 1e3);
            throughput.add(new BenchmarkResult.Throughput(size, seq, round(median), round(size / (median / 1e3)),
                    round(achieved), round(achieved / gemm.floorGflops())));
        }
        return new BenchmarkResult(name, weights.parameterCount(), c.numHiddenLayers(), c.hiddenSize(), gemm, latency,
                throughput, profile(encoder, c));
    }

    private BenchmarkResult.Profile profile(RobertaEncoder encoder, RobertaConfig c) {
        if (settings.profileRuns() <= 0) {
            return null;
        }
        int seq = Math.min(settings.latencyLengths().get(settings.latencyLengths().size() / 2), c.maxSequenceLength());
        TokenBatch batch = batch(c, 1, seq);
        OpTimer timer = new OpTimer();
        for (int i = 0; i < settings.profileRuns(); i++) {
            encoder.forward(batch, NONE, List.of(timer));
        }
        return new BenchmarkResult.Profile(seq, timer.opCallsPerPass(settings.profileRuns()),
                timer.millisPerPass(settings.profileRuns()), timer.shares());
    }

    private long[] time(RobertaEncoder encoder, TokenBatch batch, int runs, int warmUps) {
        for (int i = 0; i < warmUps; i++) {
            encoder.forward(batch, NONE);
        }
        long[] nanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            encoder.forward(batch, NONE);
            nanos[i] = System.nanoTime() - t0;
        }
        return nanos;
    }

    /**
     * Random real tokens wrapped in {@code <s>}/{@code </s>}, no padding; for a model with structured inputs each
     * row also gets the training mean (standardised 0), which costs the heads the same as any other values.
     */
    private TokenBatch batch(RobertaConfig c, int size, int seq) {
        int[][] ids = new int[size][seq];
        int[][] mask = new int[size][seq];
        for (int b = 0; b < size; b++) {
            for (int i = 0; i < seq; i++) {
                ids[b][i] = 3 + random.nextInt(c.vocabSize() - 4);
                mask[b][i] = 1;
            }
            ids[b][0] = c.bosTokenId();
            ids[b][seq - 1] = c.eosTokenId();
        }
        return new TokenBatch(ids, mask, c.structuredCount() == 0 ? null : new float[size][c.structuredCount()]);
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
