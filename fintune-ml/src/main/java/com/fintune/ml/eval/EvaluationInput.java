package com.fintune.ml.eval;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What an evaluation reads, one entry per test application, whatever model produced it.
 *
 * @param probabilities     [application][category] predicted reason probabilities
 * @param truth             [application][category] true reasons (multi-hot)
 * @param truePrincipal     index of the principal true reason, -1 when the application is approvable
 * @param predictedRisk     predicted risk score, 0-100
 * @param targetRisk        target risk score, 0-100
 * @param denied            was the application actually denied (the positive class of the risk AUC)
 * @param approvedByModel   would the model's output approve it (for the adverse impact ratio)
 * @param protectedGroups   dimension (race, ethnicity, sex, age) to per-applicant group label
 */
public record EvaluationInput(double[][] probabilities, boolean[][] truth, int[] truePrincipal,
                              double[] predictedRisk, double[] targetRisk, boolean[] denied,
                              boolean[] approvedByModel, Map<String, String[]> protectedGroups) {

    public EvaluationInput {
        int n = probabilities.length;
        Arrays2.requireSameLength("truth", n, truth.length);
        Arrays2.requireSameLength("truePrincipal", n, truePrincipal.length);
        Arrays2.requireSameLength("predictedRisk", n, predictedRisk.length);
        Arrays2.requireSameLength("targetRisk", n, targetRisk.length);
        Arrays2.requireSameLength("denied", n, denied.length);
        Arrays2.requireSameLength("approvedByModel", n, approvedByModel.length);
        // keeps the caller's order (race, ethnicity, sex, age): Map.copyOf's order changes from one JVM to the next,
        // which reordered the fairness tables of two runs over the same data
        protectedGroups = Collections.unmodifiableMap(new LinkedHashMap<>(protectedGroups));
    }

    public int size() {
        return probabilities.length;
    }
}
