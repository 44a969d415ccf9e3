package com.fintune.ml.train.mlm;

import com.fintune.ml.train.optim.AdamW;
import com.fintune.ml.train.optim.LearningRateSchedule;
import com.fintune.ml.train.batch.LengthBuckets;
import com.fintune.ml.train.step.StepGradients;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Consumer;

/**
 * Masked-language-model pre-training over the corpus: length-bucketed seeded batches, fresh masking each epoch,
 * AdamW with warm-up/decay and clipping. Updates the encoder's weights in place. A caller that wants resume points
 * passes a {@code checkpoint} callback, called every {@code saveEvery} updates with the next position.
 */
public final class MaskedLmPretrainer {
    private final int batchSize;
    private final int epochs;
    private final double learningRate;
    private final double maskProbability;
    private final double weightDecay;
    private final double maxGradientNorm;
    private final long seed;
    private final int maxSteps;
    private final PrintStream log;

    /** @param maxSteps stop after this many updates (0 = all epochs) */
    public MaskedLmPretrainer(int epochs, int maxSteps, int batchSize, double learningRate, double maskProbability,
                              double weightDecay, double maxGradientNorm, long seed, PrintStream log) {
        this.epochs = epochs;
        this.maxSteps = maxSteps;
        this.batchSize = batchSize;
        this.learningRate = learningRate;
        this.maskProbability = maskProbability;
        this.weightDecay = weightDecay;
        this.maxGradientNorm = maxGradientNorm;
        this.seed = seed;
        this.log = log;
    }

    /** Position of a pre-training run: the next epoch and batch, updates made, the recent mean loss. */
    public record Position(int epoch, int batch, long step, double meanLoss) {
        public static Position start() {
            return new Position(0, 0, 0, Double.NaN);
        }
    }

    /**
     * @param model      the encoder with its LM head
     * @param optimizer  fresh or restored AdamW
     * @param from       where to start (Position.start() for a fresh run)
     * @param saveEvery  updates between {@code checkpoint} calls
     * @return the position after the last update
     */
    public Position run(MaskedLmModel model, CorpusVocabulary vocab, List<int[]> texts, int maskId, int padId,
                        AdamW optimizer, Position from, int saveEvery, Consumer<Position> checkpoint) {
        int[] lengths = texts.stream().mapToInt(t -> t.length).toArray();
        LengthBuckets buckets = new LengthBuckets(batchSize, 50);
        int perEpoch = buckets.epoch(lengths, seed, 0).size();
        long total = maxSteps > 0 ? Math.min(maxSteps, (long) perEpoch * epochs) : (long) perEpoch * epochs;
        LearningRateSchedule schedule = new LearningRateSchedule(learningRate, Math.round(total * 0.06), total);
        long start = System.nanoTime();
        long startStep = from.step();
        long lastPrint = 0;
        double recent = from.meanLoss();
        Position position = from;
        for (int epoch = from.epoch(); epoch < epochs; epoch++) {
            List<int[]> batches = buckets.epoch(lengths, seed, epoch);
            for (int b = (epoch == from.epoch() ? from.batch() : 0); b < batches.size(); b++) {
                if (position.step() >= total) break;
                long step = position.step();
                Random masking = new Random(seed * 31 + step);
                model.seedDropout(seed * 7919 + step);
                List<int[]> rows = new ArrayList<>();
                for (int i : batches.get(b)) rows.add(texts.get(i));
                MaskedBatch batch = MaskedBatch.of(rows, vocab, maskProbability, maskId, padId, masking);
                StepGradients r = model.gradients(batch, true);
                double norm = r.clip(maxGradientNorm);
                double lr = schedule.rate(step);
                optimizer.step(model.parameters(), r.dense(), lr);
                optimizer.stepRows(r.sparseName(), model.parameters().get(r.sparseName()), r.sparse(), lr);
                recent = Double.isNaN(recent) ? r.loss() : 0.95 * recent + 0.05 * r.loss();
                position = new Position(epoch, b + 1, step + 1, recent);
                long now = System.currentTimeMillis();
                if (now - lastPrint > 10_000 || position.step() == total) {
                    lastPrint = now;
                    double secs = (System.nanoTime() - start) / 1e9;
                    double perStep = secs / Math.max(1, position.step() - startStep);
                    log.printf(Locale.ROOT, "pretrain epoch %d step %d/%d mlm loss %.4f lr %.2e |g| %.3f %.1f ex/s "
                                    + "ETA %dm%02ds%n", epoch + 1, position.step(), total, recent, lr, norm,
                            batchSize / perStep, Math.round((total - position.step()) * perStep) / 60,
                            Math.round((total - position.step()) * perStep) % 60);
                }
                if (position.step() % saveEvery == 0) checkpoint.accept(position);
            }
            position = new Position(position.step() >= total ? epochs : epoch + 1, 0, position.step(), recent);
            checkpoint.accept(position);
            if (position.step() >= total) break;
        }
        return position;
    }

}
