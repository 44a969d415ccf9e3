package com.fintune.ml.model;

/** The loss of one batch and its two terms (before weighting): reasons BCE and risk MSE on the /100 scale. */
public record LossValues(double loss, double reasonsBce, double riskMse) {
}
