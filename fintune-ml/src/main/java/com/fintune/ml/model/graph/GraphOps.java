package com.fintune.ml.model.graph;

import com.fintune.ml.model.Activation;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;

/** Building blocks written from SameDiff primitives where the built-in ops differ from RoBERTa's definition. */
final class GraphOps {
    private static final double INV_SQRT2 = 1.0 / Math.sqrt(2.0);
    private static final double SQRT_2_OVER_PI = Math.sqrt(2.0 / Math.PI);

    private GraphOps() {
    }

    /** {@code y = x·Wᵀ + b} with W in PyTorch layout [out, in]; x is 2-D [rows, in]. */
    static SDVariable linear(SameDiff sd, SDVariable x, SDVariable weight, SDVariable bias) {
        return sd.mmul(x, weight, false, true, false).add(bias);
    }

    /** LayerNorm over the last axis with biased variance and the config's epsilon (the built-in op has none). */
    static SDVariable layerNorm(SameDiff sd, SDVariable x, SDVariable gamma, SDVariable beta, double eps) {
        SDVariable centered = x.sub(x.mean(true, -1));
        SDVariable variance = centered.mul(centered).mean(true, -1);
        return centered.mul(sd.math().rsqrt(variance.add(eps))).mul(gamma).add(beta);
    }

    static SDVariable activation(SameDiff sd, SDVariable x, Activation activation) {
        return switch (activation) {
            // exact GELU: 0.5·x·(1 + erf(x/√2))
            case GELU -> x.mul(0.5).mul(sd.math().erf(x.mul(INV_SQRT2)).add(1.0));
            case GELU_TANH -> x.mul(0.5).mul(sd.math().tanh(
                    x.add(x.mul(x).mul(x).mul(0.044715)).mul(SQRT_2_OVER_PI)).add(1.0));
            case RELU -> sd.nn().relu(x, 0.0);
        };
    }
}
