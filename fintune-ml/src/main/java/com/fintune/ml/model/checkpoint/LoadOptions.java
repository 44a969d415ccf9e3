package com.fintune.ml.model.checkpoint;

/**
 * How strictly a checkpoint is matched against the model.
 *
 * @param ignoreForeignHeads skip {@code classifier.*}, {@code pooler.*} and {@code lm_head.*} tensors (another
 *                           model's heads) instead of rejecting them as extra
 * @param initMissingHeads   when FinTune's {@code reasons_head.*} / {@code risk_head.*} are all absent (a plain
 *                           encoder checkpoint), initialise them: weights N(0, 0.02), biases 0, seeded by
 *                           {@code headSeed}; a partly present head is still an error
 * @param headSeed           seed for initialised heads
 */
public record LoadOptions(boolean ignoreForeignHeads, boolean initMissingHeads, long headSeed) {
    /** Every tensor must be present, none extra: FinTune's own checkpoints. */
    public static LoadOptions strict() {
        return new LoadOptions(false, false, 0);
    }

    /** Load the encoder of a {@code RobertaModel} / {@code RobertaForSequenceClassification} to fine-tune it. */
    public static LoadOptions encoderOnly(long headSeed) {
        return new LoadOptions(true, true, headSeed);
    }
}
