package com.fintune.ml.eval;

import com.fintune.ml.eval.robustness.RobustnessEvaluation;

/**
 * The evaluation JSON of a model version: the encoder's evaluation, the tabular baseline's on the same test set,
 * and the noise ceiling (the generator's own policy labels scored against the noisy labels) when known.
 *
 * @param model        model name / version label
 * @param testSet      how the test set was made (file or generator seed, size)
 * @param encoder      the encoder's evaluation
 * @param baseline     the tabular baseline's evaluation, or null
 * @param noiseCeiling the best achievable scores given the label noise, or null
 * @param robustness   the encoder on the hand-written robustness set (benign, negated, paraphrased, protected), or
 *                     null when it was not run
 */
public record EvaluationReport(String model, String testSet, Evaluation encoder, Evaluation baseline,
                               Evaluation noiseCeiling, RobustnessEvaluation robustness) {

    /** A report without robustness figures. */
    public EvaluationReport(String model, String testSet, Evaluation encoder, Evaluation baseline,
                            Evaluation noiseCeiling) {
        this(model, testSet, encoder, baseline, noiseCeiling, null);
    }

    /** The same report with robustness figures. */
    public EvaluationReport withRobustness(RobustnessEvaluation figures) {
        return new EvaluationReport(model, testSet, encoder, baseline, noiseCeiling, figures);
    }
}
