package com.fintune.ml.model.graph;

import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.buffer.DataType;

/** Adds label placeholders and FinTune's loss: {@code reasons·BCE-with-logits + risk·MSE((risk − target)/100)}. */
final class LossBuilder {
    private LossBuilder() {
    }

    static void addLoss(SameDiff sd, SDVariable logits, SDVariable risk, LossWeights weights, int reasonCount) {
        SDVariable labels = sd.placeHolder(GraphNames.REASON_LABELS, DataType.FLOAT, -1, reasonCount);
        SDVariable targets = sd.placeHolder(GraphNames.RISK_TARGETS, DataType.FLOAT, -1);
        // numerically stable BCE with logits: max(x, 0) − x·y + log(1 + exp(−|x|))
        SDVariable perLabel = sd.nn().relu(logits, 0.0).sub(logits.mul(labels))
                .add(sd.math().log1p(sd.math().exp(sd.math().abs(logits).neg())));
        SDVariable bce = perLabel.mean().rename(GraphNames.BCE);
        SDVariable diff = risk.sub(targets).div(100.0);
        SDVariable mse = diff.mul(diff).mean().rename(GraphNames.MSE);
        SDVariable loss = bce.mul(weights.reasons()).add(mse.mul(weights.risk())).rename(GraphNames.LOSS);
        sd.setLossVariables(loss.name());
    }
}
