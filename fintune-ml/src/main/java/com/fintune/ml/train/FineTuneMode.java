package com.fintune.ml.train;

import com.fintune.ml.train.step.StepGradients;

/**
 * What the fine-tuning loop runs for one update and for validation: the whole model ({@link WholeModelMode}), or the
 * upper layers and heads over cached lower-layer states ({@link FrozenLayersMode}).
 */
interface FineTuneMode {
    /** Seeds the next update's dropout masks. */
    void seedDropout(long seed);

    /** Loss and gradients of the training examples {@code rows}, dropout on. */
    StepGradients gradients(int[] rows);

    /** Scores of every validation example, in order, as serving computes them. */
    EncoderScoring.Scores validate();
}
