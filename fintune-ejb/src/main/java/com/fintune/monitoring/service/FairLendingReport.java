package com.fintune.monitoring.service;

import java.time.Instant;
import java.util.List;

/**
 * The fair-lending monitor's answer: per model version, adverse impact ratios of approval and standardized mean
 * differences of risk score by race, ethnicity, sex and age band, on predictions of stored applications whose
 * applicants gave demographics (predictions of applications sent inline have none and are only counted).
 *
 * @param airFloor          groups judged below it are flagged (fintune.fairness.air-floor)
 * @param minimumGroupCount a group (and its control) needs this many predictions to be judged
 */
public record FairLendingReport(int days, Instant from, Instant to, double airFloor, int minimumGroupCount,
                                String approval, String coverage, List<ModelFairness> models) {

    /**
     * One model version's figures.
     *
     * @param predictions       all its predictions in the window
     * @param withDemographics  those of stored applications with demographics (latest per application)
     * @param dimensionsSkipped dimensions not reported and why (e.g. no control group in the window)
     * @param minimumJudgedAir  the lowest AIR among judged groups (null: none judged)
     */
    public record ModelFairness(String modelVersion, long predictions, int withDemographics,
                                List<Group> groups, List<String> dimensionsSkipped, Double minimumJudgedAir,
                                int groupsBelowFloor) {
    }

    /**
     * One group against its dimension's control group.
     *
     * @param adverseImpactRatio null when the control group has no approvals
     * @param judged             both the group and the control reach the minimum count (and the AIR is defined)
     * @param belowFloor         judged and its AIR is below the floor
     */
    public record Group(String dimension, String group, String control, int count, double approvalRate,
                        Double adverseImpactRatio, double meanRisk, double standardizedMeanDifference,
                        boolean judged, boolean belowFloor) {
    }
}
