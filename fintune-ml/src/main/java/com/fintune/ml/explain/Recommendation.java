package com.fintune.ml.explain;

import com.fintune.ml.taxonomy.ReasonCategory;

/**
 * What would address one reason. When the policy allows it, {@code targetValue} carries the computed figure the
 * action names (e.g. the largest loan amount at which DTI meets the limit) so that systems need not parse text.
 *
 * @param category    the reason addressed
 * @param action      the concrete remediation, one or two sentences
 * @param targetName  what the computed figure is (e.g. "maxLoanAmount"), or null when none was computable
 * @param targetValue the computed figure, or null
 */
public record Recommendation(ReasonCategory category, String action, String targetName, Double targetValue) {

    static Recommendation text(ReasonCategory category, String action) {
        return new Recommendation(category, action, null, null);
    }
}
