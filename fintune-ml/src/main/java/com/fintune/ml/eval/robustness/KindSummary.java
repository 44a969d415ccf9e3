package com.fintune.ml.eval.robustness;

/**
 * Counts for one kind of case.
 *
 * @param passRate passed / cases (0 when there are no cases)
 */
public record KindSummary(CaseKind kind, int cases, int passed, double passRate) {
}
