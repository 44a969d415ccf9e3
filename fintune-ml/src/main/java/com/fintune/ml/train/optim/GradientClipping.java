package com.fintune.ml.train.optim;

import java.util.Map;
import org.nd4j.linalg.api.ndarray.INDArray;

/** Global-norm clipping: if the L2 norm over all gradients exceeds {@code maxNorm}, scale them all down to it. */
public final class GradientClipping {
    private GradientClipping() {
    }

    /** @return the norm before clipping */
    public static double clipGlobalNorm(Map<String, INDArray> gradients, double maxNorm) {
        double sumSquares = 0;
        for (INDArray g : gradients.values()) {
            double n = g.norm2Number().doubleValue();
            sumSquares += n * n;
        }
        double norm = Math.sqrt(sumSquares);
        if (maxNorm > 0 && norm > maxNorm) {
            double scale = maxNorm / (norm + 1e-6);
            for (INDArray g : gradients.values()) g.muli(scale);
        }
        return norm;
    }
}
