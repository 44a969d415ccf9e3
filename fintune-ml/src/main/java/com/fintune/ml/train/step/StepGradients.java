package com.fintune.ml.train.step;

import java.util.Map;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Loss and gradients of one batch: dense gradients by parameter name, plus the word-embedding table's gradient
 * as sparse rows (under {@link #sparseName}).
 *
 * @param loss     the weighted loss
 * @param terms    named loss terms (e.g. reasons BCE and risk MSE), for logging
 * @param dense    parameter name to gradient, same shape as the parameter
 * @param sparse   the word-embedding gradient on the rows the batch used
 */
public record StepGradients(double loss, Map<String, Double> terms, Map<String, INDArray> dense, String sparseName,
                            SparseRows sparse) {

    /** √(Σ g²) over every gradient, dense and sparse. */
    public double globalNorm() {
        double sum = sparse.sumOfSquares();
        for (INDArray g : dense.values()) {
            double n = g.norm2Number().doubleValue();
            sum += n * n;
        }
        return Math.sqrt(sum);
    }

    /** Scales every gradient so the global norm is at most {@code maxNorm} (0 = no clipping); returns the norm before. */
    public double clip(double maxNorm) {
        double norm = globalNorm();
        if (maxNorm > 0 && norm > maxNorm) {
            double scale = maxNorm / (norm + 1e-6);
            dense.values().forEach(g -> g.muli(scale));
            sparse.scale(scale);
        }
        return norm;
    }
}
