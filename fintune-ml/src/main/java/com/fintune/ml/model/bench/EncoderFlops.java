package com.fintune.ml.model.bench;

import com.fintune.ml.model.RobertaConfig;

/** Multiply-add FLOPs (2 per multiply-add) of one encoder forward pass; embeddings and heads are negligible. */
public final class EncoderFlops {
    private EncoderFlops() {
    }

    /** All matrix products: Q/K/V/output projections, feed-forward, QKᵀ and attention·V. */
    public static double forward(RobertaConfig c, int batch, int seq) {
        double tokens = (double) batch * seq;
        double h = c.hiddenSize();
        double projections = 4 * 2 * tokens * h * h;
        double feedForward = 2 * 2 * tokens * h * c.intermediateSize();
        double attention = 2 * 2 * (double) batch * seq * seq * h;
        return c.numHiddenLayers() * (projections + feedForward + attention);
    }

    /** The dense (GEMM) part only: projections and feed-forward, what the GEMM floor is measured on. */
    public static double dense(RobertaConfig c, int batch, int seq) {
        double tokens = (double) batch * seq;
        double h = c.hiddenSize();
        return c.numHiddenLayers() * (4 * 2 * tokens * h * h + 2 * 2 * tokens * h * c.intermediateSize());
    }
}
