package com.fintune.ml.eval;

/**
 * A model's complete evaluation on one test set; serialised as the evaluation JSON stored with the model version.
 *
 * @param model        the model's name (e.g. "fintune-default" or "tabular-baseline")
 * @param applications number of test applications
 * @param reasons      per-category, micro and macro scores of the reason head
 * @param principal    top-1 accuracy and confusion matrix
 * @param risk         MAE / RMSE of the risk score (0-100)
 * @param calibration  ECE and reliability bins of the reason probabilities
 * @param denialAuc    ROC AUC of the risk score for the actual denial
 * @param fairLending  adverse impact ratios and standardized mean differences per protected group
 */
public record Evaluation(String model, int applications, ReasonScores reasons, PrincipalReasonScores principal,
                         RiskScores risk, Calibration calibration, double denialAuc, FairLending fairLending) {
}
