package com.fintune.ml.model;

import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.Map;

/**
 * Loss and ∂loss/∂parameter for one batch.
 *
 * @param gradients canonical parameter name → gradient, same shape as the parameter, for every parameter
 */
public record GradientResult(LossValues loss, Map<String, INDArray> gradients) {

    /** √(Σ g²) over all parameters, e.g. for clipping. */
    public double globalL2Norm() {
        double sum = 0;
        for (INDArray g : gradients.values()) {
            double n = g.norm2Number().doubleValue();
            sum += n * n;
        }
        return Math.sqrt(sum);
    }
}
