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
    /** @param gflops per shape ("MxKxN" → GFLOP/s), and the FLOP-weighted floor over the mix */
    public record Result(Map<String, Double> gflopsByShape, double floorGflops) {
    }

    private GemmFloor() {
    }

    public static Result measure(int tokens, int hidden, int intermediate, int repeats) {
        int[][] shapes = {{tokens, hidden, hidden}, {tokens, hidden, intermediate}, {tokens, intermediate, hidden}};
        int[] countPerLayer = {4, 1, 1};
        Map<String, Double> rates = new LinkedHashMap<>();
        double totalFlops = 0;
        double totalSeconds = 0;
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
            double seconds = LatencyStats.ofNanos(times).p50() / 1e3;
            double flops = 2.0 * m * k * n;
            rates.put(m + "x" + k + "x" + n, flops / seconds / 1e9);
            totalFlops += countPerLayer[s] * flops;
            totalSeconds += countPerLayer[s] * seconds;
        }
        return new Result(rates, totalFlops / totalSeconds / 1e9);
    }
}
