package com.fintune.ml.train;

import com.fintune.ml.model.ModelOutput;
import com.fintune.ml.model.RobertaEncoder;
import com.fintune.ml.model.TokenBatch;
import com.fintune.ml.train.batch.LengthBuckets;
import java.util.List;

/** Runs the encoder over many tokenised applications in length-sorted batches; results come back in input order. */
public final class EncoderScoring {
    private EncoderScoring() {
    }

    /**
     * @param probabilities [application][category] sigmoid of the reason logits
     * @param risk          [application] risk score 0-100
     */
    public record Scores(double[][] probabilities, double[] risk) {
    }

    /** @param structured standardised structured inputs per application, or null for a text-only model */
    public static Scores score(RobertaEncoder encoder, List<int[]> tokenIds, List<float[]> structured, int batchSize,
                               int padId) {
        int n = tokenIds.size();
        int[] lengths = tokenIds.stream().mapToInt(t -> t.length).toArray();
        double[][] probabilities = new double[n][];
        double[] risk = new double[n];
        for (int[] batch : new LengthBuckets(batchSize, 1).sequential(lengths)) {
            ModelOutput out = encoder.forward(pad(tokenIds, structured, batch, padId));
            float[][] p = out.reasonProbabilities();
            for (int i = 0; i < batch.length; i++) {
                probabilities[batch[i]] = toDouble(p[i]);
                risk[batch[i]] = out.riskScores()[i];
            }
        }
        return new Scores(probabilities, risk);
    }

    static TokenBatch pad(List<int[]> tokenIds, List<float[]> structured, int[] rows, int padId) {
        int seq = 0;
        for (int r : rows) seq = Math.max(seq, tokenIds.get(r).length);
        int[][] ids = new int[rows.length][seq];
        int[][] mask = new int[rows.length][seq];
        for (int i = 0; i < rows.length; i++) {
            int[] t = tokenIds.get(rows[i]);
            for (int j = 0; j < seq; j++) {
                ids[i][j] = j < t.length ? t[j] : padId;
                mask[i][j] = j < t.length ? 1 : 0;
            }
        }
        float[][] inputs = null;
        if (structured != null) {
            inputs = new float[rows.length][];
            for (int i = 0; i < rows.length; i++) inputs[i] = structured.get(rows[i]);
        }
        return new TokenBatch(ids, mask, inputs);
    }

    private static double[] toDouble(float[] f) {
        double[] d = new double[f.length];
        for (int i = 0; i < f.length; i++) d[i] = f[i];
        return d;
    }
}
