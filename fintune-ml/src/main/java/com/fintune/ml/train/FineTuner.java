package com.fintune.ml.train;

import com.fintune.ml.eval.ReasonScores;
import com.fintune.ml.eval.RiskScores;
import com.fintune.ml.model.RobertaEncoder;
import com.fintune.ml.model.TokenBatch;
import com.fintune.ml.model.checkpoint.Checkpoint;
import com.fintune.ml.model.checkpoint.ModelWeights;
import com.fintune.ml.model.checkpoint.TensorDType;
import com.fintune.ml.model.graph.LossWeights;
import com.fintune.ml.train.batch.EncodedExample;
import com.fintune.ml.train.batch.LengthBuckets;
import com.fintune.ml.train.optim.AdamW;
import com.fintune.ml.train.optim.LearningRateSchedule;
import com.fintune.ml.train.step.FineTuneStep;
import com.fintune.ml.train.step.StepGradients;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The fine-tuning loop: seeded length-bucketed batches, AdamW with warm-up/decay and clipping, validation after
 * every epoch, the best checkpoint (by macro-F1) exported to the model folder, early stopping, and a resume point
 * every {@code saveEverySteps} updates so a killed run continues where it was with the same batches and dropout.
 */
public final class FineTuner {
    public static final String PHASE = "finetune";

    private final FineTuneSettings settings;
    private final long seed;
    private final byte[] tokenizerJson;
    private final TensorDType exportDtype;
    private final int padId;
    private final PrintStream log;
    private long stepLimit;

    public FineTuner(FineTuneSettings settings, long seed, byte[] tokenizerJson, TensorDType exportDtype, int padId,
                     PrintStream log) {
        this.settings = settings;
        this.seed = seed;
        this.tokenizerJson = tokenizerJson;
        this.exportDtype = exportDtype;
        this.padId = padId;
        this.log = log;
    }

    /**
     * Stops the run (with a resume point written) once this many updates are done in total; 0 = no limit. A later
     * run without a limit continues exactly where this one stopped.
     */
    public FineTuner stopAfter(long steps) {
        this.stepLimit = steps;
        return this;
    }

    /**
     * @param initial  the starting weights (ignored when {@code runDir} holds a resume point)
     * @param modelDir where the best checkpoint is exported
     * @param runDir   where resume points are kept
     * @return the final state, with the validation history
     */
    public TrainingState run(ModelWeights initial, List<EncodedExample> train, List<EncodedExample> validation,
                             Path modelDir, Path runDir) throws IOException {
        boolean resuming = ResumePoint.exists(runDir, PHASE);
        ModelWeights weights = resuming ? ResumePoint.weights(runDir, PHASE) : initial;
        TrainingState state = resuming ? ResumePoint.state(runDir, PHASE) : TrainingState.start(PHASE);
        AdamW optimizer = AdamW.standard(settings.weightDecay());
        if (resuming) {
            ResumePoint.Loaded o = ResumePoint.optimizer(runDir, PHASE);
            optimizer.restore(o.moments(), o.steps());
            log.printf("resuming fine-tuning at epoch %d, batch %d, step %d%n", state.epoch() + 1,
                    state.batchInEpoch(), state.step());
        }
        FineTuneStep model = new FineTuneStep(weights,
                new LossWeights(settings.reasonsLossWeight(), settings.riskLossWeight()), settings.dropout());
        RobertaEncoder encoder = new RobertaEncoder(weights);
        int[] lengths = train.stream().mapToInt(EncodedExample::length).toArray();
        LengthBuckets buckets = new LengthBuckets(settings.batchSize(), settings.bucketPoolBatches());
        int stepsPerEpoch = buckets.epoch(lengths, seed, 0).size();
        long totalSteps = (long) stepsPerEpoch * settings.epochs();
        LearningRateSchedule schedule = new LearningRateSchedule(settings.learningRate(),
                Math.round(totalSteps * settings.warmupFraction()), totalSteps);
        ProgressLine progress = new ProgressLine(log, PHASE, state.step(), totalSteps, 10_000);
        while (state.epoch() < settings.epochs() && state.epochsWithoutGain() < settings.patience()
                && (stepLimit == 0 || state.step() < stepLimit)) {
            long epochStart = System.nanoTime();
            int epoch = state.epoch();
            List<int[]> batches = buckets.epoch(lengths, seed, epoch);
            double lossSum = 0;
            int lossCount = 0;
            for (int b = state.batchInEpoch(); b < batches.size(); b++) {
                long step = state.step();
                model.seedDropout(seed * 7919 + step);
                StepGradients r = gradients(model, train, batches.get(b));
                double norm = r.clip(settings.maxGradientNorm());
                double lr = schedule.rate(step);
                optimizer.step(model.parameters(), r.dense(), lr);
                optimizer.stepRows(r.sparseName(), model.parameters().get(r.sparseName()), r.sparse(), lr);
                lossSum += r.loss();
                lossCount++;
                state = state.at(epoch, b + 1, step + 1);
                progress.update(epoch, step + 1, r.loss(), lr, norm, batches.get(b).length);
                boolean limitReached = stepLimit > 0 && state.step() >= stepLimit && b + 1 < batches.size();
                if ((state.step() % settings.saveEverySteps() == 0 && b + 1 < batches.size()) || limitReached) {
                    save(runDir, state, weights, optimizer);
                }
                if (limitReached) {
                    log.printf("stopping after step %d as asked; re-run to resume%n", state.step());
                    return state;
                }
            }
            EncoderScoring.Scores scores = EncoderScoring.score(encoder,
                    validation.stream().map(EncodedExample::tokenIds).toList(), structured(validation), 64, padId);
            ReasonScores reasons = ReasonScores.compute(scores.probabilities(), truth(validation),
                    settings.threshold(), labelNames(weights));
            RiskScores risk = RiskScores.compute(scores.risk(), riskTargets(validation));
            boolean improved = reasons.macroF1() > state.bestMacroF1();
            TrainingState.EpochSummary summary = new TrainingState.EpochSummary(epoch + 1, state.step(),
                    lossCount == 0 ? Double.NaN : lossSum / lossCount, reasons.macroF1(), reasons.microF1(),
                    risk.mae(), (System.nanoTime() - epochStart) / 1e9);
            log.printf(java.util.Locale.ROOT, "%s epoch %d validation macro-F1 %.4f micro-F1 %.4f risk MAE %.3f%s%n",
                    PHASE, epoch + 1, reasons.macroF1(), reasons.microF1(), risk.mae(),
                    improved ? " (best so far: exported)" : "");
            if (improved) {
                new Checkpoint(weights.config(), weights, tokenizerJson).save(modelDir, exportDtype);
            }
            state = state.afterValidation(summary, improved);
            save(runDir, state, weights, optimizer);
        }
        return state;
    }

    private void save(Path runDir, TrainingState state, ModelWeights weights, AdamW optimizer) throws IOException {
        ResumePoint.save(runDir, state, new Checkpoint(weights.config(), weights, tokenizerJson), optimizer.state(),
                optimizer.steps());
    }

    private StepGradients gradients(FineTuneStep model, List<EncodedExample> examples, int[] rows) {
        List<int[]> ids = new ArrayList<>(rows.length);
        List<float[]> inputs = new ArrayList<>(rows.length);
        float[][] labels = new float[rows.length][];
        float[] risk = new float[rows.length];
        for (int i = 0; i < rows.length; i++) {
            EncodedExample e = examples.get(rows[i]);
            ids.add(e.tokenIds());
            inputs.add(e.structured());
            labels[i] = e.reasons();
            risk[i] = e.riskTarget();
        }
        TokenBatch tokens = TokenBatch.padded(ids, inputs.get(0) == null ? null : inputs, padId);
        return model.gradients(tokens.inputIds(), tokens.attentionMask(), tokens.structured(), labels, risk, true);
    }

    /** The examples' structured inputs, or null when the model reads text only. */
    static List<float[]> structured(List<EncodedExample> examples) {
        return examples.isEmpty() || examples.get(0).structured() == null ? null
                : examples.stream().map(EncodedExample::structured).toList();
    }

    static boolean[][] truth(List<EncodedExample> examples) {
        boolean[][] t = new boolean[examples.size()][];
        for (int i = 0; i < t.length; i++) {
            float[] r = examples.get(i).reasons();
            t[i] = new boolean[r.length];
            for (int c = 0; c < r.length; c++) t[i][c] = r[c] > 0.5f;
        }
        return t;
    }

    static double[] riskTargets(List<EncodedExample> examples) {
        return examples.stream().mapToDouble(EncodedExample::riskTarget).toArray();
    }

    static List<String> labelNames(ModelWeights weights) {
        return weights.config().labels();
    }
}
