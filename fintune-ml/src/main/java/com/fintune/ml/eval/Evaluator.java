package com.fintune.ml.eval;

import java.util.List;
import java.util.Map;

/** Computes every figure of an {@link Evaluation} from an {@link EvaluationInput}. */
public final class Evaluator {
    /** Bins of the reliability diagram and of the expected calibration error. */
    public static final int CALIBRATION_BINS = 10;

    private final List<String> categoryNames;
    private final double threshold;
    private final Map<String, String> controlGroups;

    /**
     * @param categoryNames  names of the reason columns, in index order
     * @param threshold      probability at which a reason counts as predicted
     * @param controlGroups  per protected dimension, the control group of the adverse impact ratio
     */
    public Evaluator(List<String> categoryNames, double threshold, Map<String, String> controlGroups) {
        this.categoryNames = List.copyOf(categoryNames);
        this.threshold = threshold;
        this.controlGroups = Map.copyOf(controlGroups);
    }

    public Evaluation evaluate(String model, EvaluationInput in) {
        return new Evaluation(model, in.size(),
                ReasonScores.compute(in.probabilities(), in.truth(), threshold, categoryNames),
                PrincipalReasonScores.compute(in.probabilities(), in.truth(), in.truePrincipal(), threshold,
                        categoryNames),
                RiskScores.compute(in.predictedRisk(), in.targetRisk()),
                Calibration.compute(in.probabilities(), in.truth(), CALIBRATION_BINS),
                RocAuc.compute(in.predictedRisk(), in.denied()),
                FairLending.compute(in.approvedByModel(), in.predictedRisk(), in.protectedGroups(), controlGroups));
    }

    public double threshold() {
        return threshold;
    }
}
