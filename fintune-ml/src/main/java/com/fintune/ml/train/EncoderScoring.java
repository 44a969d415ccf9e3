package com.fintune.ml.train;

import com.fintune.ml.model.ExtraOutput;
import com.fintune.ml.model.RobertaEncoder;
import com.fintune.ml.model.TokenBatch;
import com.fintune.ml.model.predict.BatchScorer;
import com.fintune.ml.model.predict.EncodedInput;
import com.fintune.ml.model.predict.Prediction;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * Runs the encoder over many tokenised applications for validation and evaluation, through the same {@link BatchScorer}
 * as serving; results come back in input order, probabilities in taxonomy order.
 */
public final class EncoderScoring {
    private EncoderScoring() {
    }

    /**
     * @param probabilities [application][category] sigmoid of the reason logits
     * @param risk          [application] risk score 0-100
     */
    public record Scores(double[][] probabilities, double[] risk) {
    }

    /**
     * Scores through the serving path's {@link BatchScorer} (length-sorted padded batches, probabilities in taxonomy
     * order); {@code structured}: standardised structured inputs per application, or null for a text-only model.
     */
    public static Scores score(RobertaEncoder encoder, List<int[]> tokenIds, List<float[]> structured, int batchSize,
                               int padId) {
        int n = tokenIds.size();
        List<EncodedInput> inputs = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            inputs.add(new EncodedInput(tokenIds.get(i), structured == null ? null : structured.get(i)));
        }
        List<Prediction> predictions = new BatchScorer(encoder, padId, batchSize).score(inputs,
                EnumSet.noneOf(ExtraOutput.class));
        double[][] probabilities = new double[n][];
        double[] risk = new double[n];
        for (int i = 0; i < n; i++) {
            probabilities[i] = toDouble(predictions.get(i).reasonProbabilities());
            risk[i] = predictions.get(i).riskScore();
        }
        return new Scores(probabilities, risk);
    }

    /** The chosen rows padded into one batch ({@link TokenBatch#padded}, the one padding rule). */
    static TokenBatch pad(List<int[]> tokenIds, List<float[]> structured, int[] rows, int padId) {
        List<int[]> ids = new ArrayList<>(rows.length);
        List<float[]> inputs = structured == null ? null : new ArrayList<>(rows.length);
        for (int r : rows) {
            ids.add(tokenIds.get(r));
            if (inputs != null) inputs.add(structured.get(r));
        }
        return TokenBatch.padded(ids, inputs, padId);
    }

    private static double[] toDouble(float[] f) {
        double[] d = new double[f.length];
        for (int i = 0; i < f.length; i++) d[i] = f[i];
        return d;
    }
}
