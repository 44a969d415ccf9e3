package com.fintune.ml.model.predict;

/**
 * How a {@link Predictor} runs.
 *
 * @param maxBatchSize   texts per encoder call (texts are grouped by length first, so padding stays small)
 * @param maxLength      truncation length in tokens, {@code <s>} and {@code </s>} included (capped by the model)
 * @param computeThreads ND4J compute threads (process-wide); 0 keeps ND4J's default
 * @param warmUp         run the graph once at load so the first request does not pay for initialisation
 */
public record PredictorSettings(int maxBatchSize, int maxLength, int computeThreads, boolean warmUp) {
    public static final PredictorSettings DEFAULT = new PredictorSettings(16, 512, 0, true);

    public PredictorSettings {
        if (maxBatchSize < 1 || maxLength < 2 || computeThreads < 0) {
            throw new IllegalArgumentException("maxBatchSize ≥ 1, maxLength ≥ 2 and computeThreads ≥ 0 required");
        }
    }

    public PredictorSettings withComputeThreads(int threads) {
        return new PredictorSettings(maxBatchSize, maxLength, threads, warmUp);
    }

    public PredictorSettings withMaxBatchSize(int size) {
        return new PredictorSettings(size, maxLength, computeThreads, warmUp);
    }
}
