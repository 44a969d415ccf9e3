package com.fintune.ml.train;

import com.fintune.ml.model.ExtraOutput;
import com.fintune.ml.model.RobertaEncoder;
import com.fintune.ml.model.TokenBatch;
import com.fintune.ml.model.predict.BatchScorer;
import com.fintune.ml.model.predict.EncodedInput;
import com.fintune.ml.model.predict.Prediction;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.function.IntConsumer;

/**
 * Runs the encoder over many tokenised applications for validation and evaluation, through the same {@link BatchScorer}
 * as serving; results come back in input order, probabilities in taxonomy order.
 */
public final class EncoderScoring {
    static final int PROGRESS_SECONDS = 10;

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
        return score(encoder, tokenIds, structured, batchSize, padId, null);
    }

    /** As above; with a non-null {@code progress}, a line on it at most every {@value #PROGRESS_SECONDS} s. */
    public static Scores score(RobertaEncoder encoder, List<int[]> tokenIds, List<float[]> structured, int batchSize,
                               int padId, PrintStream progress) {
        int n = tokenIds.size();
        List<EncodedInput> inputs = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            inputs.add(new EncodedInput(tokenIds.get(i), structured == null ? null : structured.get(i)));
        }
        List<Prediction> predictions = new BatchScorer(encoder, padId, batchSize).score(inputs,
                EnumSet.noneOf(ExtraOutput.class), progress == null ? done -> { } : progressLine(progress, n));
        double[][] probabilities = new double[n][];
        double[] risk = new double[n];
        for (int i = 0; i < n; i++) {
            probabilities[i] = toDouble(predictions.get(i).reasonProbabilities());
            risk[i] = predictions.get(i).riskScore();
        }
        return new Scores(probabilities, risk);
    }

    private static IntConsumer progressLine(PrintStream out, int total) {
        long start = System.nanoTime();
        long[] last = {start};
        return done -> {
            long now = System.nanoTime();
            if (done < total && now - last[0] < PROGRESS_SECONDS * 1_000_000_000L) {
                return;
            }
            last[0] = now;
            double seconds = (now - start) / 1e9;
            double rate = done / Math.max(seconds, 1e-9);
            out.printf(Locale.ROOT, "scoring: %d/%d applications, %.1f/s, %s%n", done, total, rate,
                    done < total ? "ETA " + Math.round((total - done) / rate) + "s" : "done in " + Math.round(seconds) + "s");
        };
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
