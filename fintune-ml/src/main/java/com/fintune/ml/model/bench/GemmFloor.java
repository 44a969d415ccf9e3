package com.fintune.ml.model.bench;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * ND4J's matrix-multiply speed on the encoder's own shapes ({@code x·Wᵀ} for the projections and both feed-forward
 * products), into preallocated outputs. The floor is the FLOP-weighted rate of that mix: the best an encoder built
 * from these GEMMs could reach.
 */
public final class GemmFloor {
    /**
     * @param gflopsByShape   per shape ("MxKxN" → GFLOP/s at the median time)
     * @param floorGflops     FLOP-weighted rate of the mix at the median times
     * @param bestFloorGflops the same at the fastest times: the least-disturbed figure on a shared machine
     */
    public record Result(Map<String, Double> gflopsByShape, double floorGflops, double bestFloorGflops) {
        /** The better of two measurements, shape by shape (the machine's load varies during a run). */
        public Result best(Result other) {
            Map<String, Double> rates = new LinkedHashMap<>(gflopsByShape);
            other.gflopsByShape.forEach((k, v) -> rates.merge(k, v, Math::max));
            return new Result(rates, Math.max(floorGflops, other.floorGflops),
                    Math.max(bestFloorGflops, other.bestFloorGflops));
        }
    }

    private GemmFloor() {
    }

    public static Result measure(int tokens, int hidden, int intermediate, int repeats) {
        int[][] shapes = {{tokens, hidden, hidden}, {tokens, hidden, intermediate}, {tokens, intermediate, hidden}};
        int[] countPerLayer = {4, 1, 1};
        Map<String, Double> rates = new LinkedHashMap<>();
        double totalFlops = 0;
        double totalSeconds = 0;
        double totalBestSeconds = 0;
        for (int s = 0; s < shapes.length; s++) {
            int m = shapes[s][0];
            int k = shapes[s][1];
            int n = shapes[s][2];
            INDArray x = Nd4j.rand(DataType.FLOAT, m, k);
            INDArray w = Nd4j.rand(DataType.FLOAT, n, k);
            INDArray out = Nd4j.create(DataType.FLOAT, m, n);
            for (int i = 0; i < 3; i++) {
                Nd4j.gemm(x, w, out, false, true, 1.0, 0.0);
            }
            long[] times = new long[repeats];
            for (int i = 0; i < repeats; i++) {
                long t0 = System.nanoTime();
                Nd4j.gemm(x, w, out, false, true, 1.0, 0.0);
                times[i] = System.nanoTime() - t0;
            }
            LatencyStats stats = LatencyStats.ofNanos(times);
            double seconds = stats.p50() / 1e3;
            totalBestSeconds += countPerLayer[s] * stats.min() / 1e3;
            double flops = 2.0 * m * k * n;
            rates.put(m + "x" + k + "x" + n, Math.round(flops / seconds / 1e8) / 10.0);
            totalFlops += countPerLayer[s] * flops;
            totalSeconds += countPerLayer[s] * seconds;
        }
        return new Result(rates, totalFlops / totalSeconds / 1e9, totalFlops / totalBestSeconds / 1e9);
    }
}
