package com.fintune.ml.train;

import com.fintune.ml.model.checkpoint.ModelWeights;
import com.fintune.ml.model.checkpoint.ParameterLayout;
import java.util.Map;
import java.util.Random;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Re-draws every linear layer's weight of a new model from N(0, 1/fan_in) (LeCun/Glorot-style), instead of Hugging
 * Face's fixed N(0, 0.02). With 0.02 the attention values and outputs are so small (0.02·√hidden ≈ 0.2 per
 * projection) that the {@code <s>} token's state after a post-LayerNorm layer is about 99 % its own embedding: every
 * application looked the same to the heads, and a model trained from scratch stayed at the label prior for
 * hundreds of steps. Fan-in scaling keeps each projection's output at the scale of its input, so the content the
 * {@code <s>} token attends to reaches the heads from the first step. Embeddings, biases and LayerNorms are kept.
 */
final class FanInInitialization {
    private FanInInitialization() {
    }

    static void apply(ModelWeights weights, long seed) {
        apply(weights, seed, false);
    }

    /** The same for the heads' linear layers only (new heads on a pre-trained encoder). */
    static void applyToHeads(ModelWeights weights, long seed) {
        apply(weights, seed, true);
    }

    private static void apply(ModelWeights weights, long seed, boolean headsOnly) {
        Random random = new Random(seed ^ 0x5DEECE66DL);
        for (Map.Entry<String, INDArray> e : weights.arrays().entrySet()) {
            INDArray w = e.getValue();
            if (w.rank() != 2 || !e.getKey().endsWith(".weight") || e.getKey().startsWith("embeddings.")
                    || (headsOnly && !ParameterLayout.isHead(e.getKey()))) {
                continue;
            }
            double std = 1.0 / Math.sqrt(w.size(1));
            float[] values = new float[(int) w.length()];
            for (int i = 0; i < values.length; i++) values[i] = (float) (random.nextGaussian() * std);
            w.assign(org.nd4j.linalg.factory.Nd4j.create(values, w.shape(), w.dataType()));
        }
    }
}
