package com.fintune.ml.explain.attribution;

/**
 * One feature group's Shapley value for one output: how much the application's facts of that group move the
 * output from the reference applicant's value (risk points, or a reason's probability).
 */
public record Contribution(FeatureGroup group, double value) {
}
