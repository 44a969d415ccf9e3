package com.fintune.ml.train;

import java.util.List;

/**
 * Where a run stands, saved with every resume point: the next update to make (epoch, batch within it, global step),
 * early-stopping bookkeeping and the validation history.
 *
 * @param phase              "pretrain" or "finetune"
 * @param epoch              epoch of the next update
 * @param batchInEpoch       index of the next batch within that epoch's (seeded) batch order
 * @param step               updates made so far in this phase
 * @param bestMacroF1        best validation macro-F1 so far (-1 before the first validation)
 * @param bestEpoch          epoch that reached it (-1 before)
 * @param epochsWithoutGain  epochs since the best
 * @param history            one entry per finished epoch
 */
public record TrainingState(String phase, int epoch, int batchInEpoch, long step, double bestMacroF1, int bestEpoch,
                            int epochsWithoutGain, List<EpochSummary> history) {

    public static TrainingState start(String phase) {
        return new TrainingState(phase, 0, 0, 0, -1, -1, 0, List.of());
    }

    public TrainingState at(int newEpoch, int newBatch, long newStep) {
        return new TrainingState(phase, newEpoch, newBatch, newStep, bestMacroF1, bestEpoch, epochsWithoutGain,
                history);
    }

    /** Records a finished epoch; returns the new state and whether it is the best so far. */
    public TrainingState afterValidation(EpochSummary summary, boolean improved) {
        List<EpochSummary> h = new java.util.ArrayList<>(history);
        h.add(summary);
        return new TrainingState(phase, epoch + 1, 0, step, improved ? summary.macroF1() : bestMacroF1,
                improved ? summary.epoch() : bestEpoch, improved ? 0 : epochsWithoutGain + 1, List.copyOf(h));
    }

    /**
     * One epoch's validation.
     *
     * @param trainLoss mean training loss over the epoch's updates
     */
    public record EpochSummary(int epoch, long step, double trainLoss, double macroF1, double microF1,
                               double riskMae, double seconds) {
    }
}
