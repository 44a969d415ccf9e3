package com.fintune.ml.train;

import com.fintune.ml.model.RobertaEncoder;
import com.fintune.ml.model.TokenBatch;
import com.fintune.ml.model.checkpoint.ModelWeights;
import com.fintune.ml.model.graph.LossWeights;
import com.fintune.ml.train.batch.EncodedExample;
import com.fintune.ml.train.step.FineTuneStep;
import com.fintune.ml.train.step.StepGradients;
import java.util.ArrayList;
import java.util.List;

/** Every parameter trained: the full trainable graph for updates, the inference graph for validation. */
final class WholeModelMode implements FineTuneMode {
    private final FineTuneStep model;
    private final RobertaEncoder encoder;
    private final List<EncodedExample> train;
    private final List<EncodedExample> validation;
    private final int padId;

    WholeModelMode(ModelWeights weights, FineTuneSettings settings, List<EncodedExample> train,
                   List<EncodedExample> validation, int padId) {
        this.model = new FineTuneStep(weights,
                new LossWeights(settings.reasonsLossWeight(), settings.riskLossWeight()), settings.dropout());
        this.encoder = new RobertaEncoder(weights);
        this.train = train;
        this.validation = validation;
        this.padId = padId;
    }

    @Override
    public void seedDropout(long seed) {
        model.seedDropout(seed);
    }

    @Override
    public StepGradients gradients(int[] rows) {
        List<int[]> ids = new ArrayList<>(rows.length);
        List<float[]> inputs = new ArrayList<>(rows.length);
        float[][] labels = new float[rows.length][];
        float[] risk = new float[rows.length];
        for (int i = 0; i < rows.length; i++) {
            EncodedExample e = train.get(rows[i]);
            ids.add(e.tokenIds());
            inputs.add(e.structured());
            labels[i] = e.reasons();
            risk[i] = e.riskTarget();
        }
        int[] all = new int[rows.length];
        for (int i = 0; i < all.length; i++) all[i] = i;
        TokenBatch tokens = EncoderScoring.pad(ids, inputs.get(0) == null ? null : inputs, all, padId);
        return model.gradients(tokens.inputIds(), tokens.attentionMask(), tokens.structured(), labels, risk, true);
    }

    @Override
    public EncoderScoring.Scores validate() {
        return EncoderScoring.score(encoder, validation.stream().map(EncodedExample::tokenIds).toList(),
                FineTuner.structured(validation), 64, padId);
    }
}
