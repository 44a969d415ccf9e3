package com.fintune.ml.eval;

/**
 * Fair-lending figures of one protected group against its dimension's control group.
 *
 * @param dimension                  e.g. "race", "ethnicity", "sex", "age"
 * @param group                      the group's label
 * @param control                    the control group's label (its own row has AIR 1 and SMD 0)
 * @param count                      applicants in the group
 * @param approvalRate               share of the group the model would approve
 * @param adverseImpactRatio         approvalRate / the control group's approval rate (the four-fifths rule flags
 *                                   values under 0.8; FinTune's target is 0.9)
 * @param meanRisk                   mean predicted risk score of the group
 * @param standardizedMeanDifference (meanRisk - control meanRisk) / sqrt((var + control var) / 2)
 */
public record GroupFairness(String dimension, String group, String control, int count, double approvalRate,
                            double adverseImpactRatio, double meanRisk, double standardizedMeanDifference) {
}
