package com.fintune.ml.train;

import com.fintune.ml.model.ModelOutput;
import com.fintune.ml.model.checkpoint.ModelWeights;
import com.fintune.ml.model.graph.LossWeights;
import com.fintune.ml.train.batch.EncodedExample;
import com.fintune.ml.train.batch.LengthBuckets;
import com.fintune.ml.train.cache.HiddenStateCache;
import com.fintune.ml.train.step.StepGradients;
import com.fintune.ml.train.step.UpperLayersStep;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/**
 * The embeddings and the lowest {@code frozenLayers} layers frozen: their hidden states are computed once (training
 * examples in half precision, validation examples in single precision so validation gives what serving gives), and
 * every update and validation pass runs only the layers above and the heads. A resumed run computes the cache again
 * (the frozen part never changes, so it is the same).
 */
final class FrozenLayersMode implements FineTuneMode {
    private static final int CACHE_BATCH = 64;

    private final UpperLayersStep step;
    private final HiddenStateCache trainStates;
    private final HiddenStateCache validationStates;
    private final List<EncodedExample> train;
    private final List<EncodedExample> validation;

    FrozenLayersMode(ModelWeights weights, FineTuneSettings settings, List<EncodedExample> train,
                     List<EncodedExample> validation, int padId, PrintStream log) {
        int layers = weights.config().numHiddenLayers();
        if (settings.frozenLayers() > layers) {
            throw new IllegalArgumentException("fineTune.frozenLayers is " + settings.frozenLayers()
                    + " but the model has only " + layers + " layers");
        }
        this.step = new UpperLayersStep(weights, settings.frozenLayers(),
                new LossWeights(settings.reasonsLossWeight(), settings.riskLossWeight()), settings.dropout());
        this.train = train;
        this.validation = validation;
        long start = System.nanoTime();
        this.trainStates = HiddenStateCache.compute(weights, settings.frozenLayers(),
                train.stream().map(EncodedExample::tokenIds).toList(), CACHE_BATCH, padId,
                HiddenStateCache.Precision.HALF, log, "training");
        this.validationStates = HiddenStateCache.compute(weights, settings.frozenLayers(),
                validation.stream().map(EncodedExample::tokenIds).toList(), CACHE_BATCH, padId,
                HiddenStateCache.Precision.SINGLE, log, "validation");
        log.printf(Locale.ROOT, "frozen-layer cache: embeddings + layers 0-%d frozen, %d + %d examples in %.1f s, "
                        + "%.0f MB; training layers %d-%d and the heads%n", settings.frozenLayers() - 1,
                train.size(), validation.size(), (System.nanoTime() - start) / 1e9,
                (trainStates.bytes() + validationStates.bytes()) / 1e6, settings.frozenLayers(), layers - 1);
    }

    @Override
    public void seedDropout(long seed) {
        step.seedDropout(seed);
    }

    @Override
    public StepGradients gradients(int[] rows) {
        HiddenStateCache.Batch batch = trainStates.batch(rows);
        float[][] labels = new float[rows.length][];
        float[] risk = new float[rows.length];
        for (int i = 0; i < rows.length; i++) {
            labels[i] = train.get(rows[i]).reasons();
            risk[i] = train.get(rows[i]).riskTarget();
        }
        try {
            return step.gradients(batch.states(), batch.attentionMask(), structured(train, rows), labels, risk, true);
        } finally {
            batch.states().close();
        }
    }

    @Override
    public EncoderScoring.Scores validate() {
        int n = validation.size();
        double[][] probabilities = new double[n][];
        double[] risk = new double[n];
        int[] lengths = validation.stream().mapToInt(EncodedExample::length).toArray();
        for (int[] rows : new LengthBuckets(CACHE_BATCH, 1).sequential(lengths)) {
            HiddenStateCache.Batch batch = validationStates.batch(rows);
            UpperLayersStep.Scored out = step.score(batch.states(), batch.attentionMask(),
                    structured(validation, rows));
            batch.states().close();
            float[][] p = new ModelOutput(out.reasonLogits(), out.riskScores(), null, null, null)
                    .reasonProbabilities();
            for (int i = 0; i < rows.length; i++) {
                probabilities[rows[i]] = new double[p[i].length];
                for (int c = 0; c < p[i].length; c++) probabilities[rows[i]][c] = p[i][c];
                risk[rows[i]] = out.riskScores()[i];
            }
        }
        return new EncoderScoring.Scores(probabilities, risk);
    }

    private static float[][] structured(List<EncodedExample> examples, int[] rows) {
        if (examples.get(rows[0]).structured() == null) {
            return null;
        }
        float[][] s = new float[rows.length][];
        for (int i = 0; i < rows.length; i++) s[i] = examples.get(rows[i]).structured();
        return s;
    }
}
