package com.fintune.modelregistry.domain;

import com.fintune.ml.eval.Evaluation;

/**
 * The four figures a model version is judged by first, taken from its encoder evaluation.
 *
 * @param macroF1                   macro-averaged F1 of the denial-reason head
 * @param riskMae                   mean absolute error of the risk score (0-100 scale)
 * @param principalTop1             principal-reason top-1 accuracy
 * @param minimumAdverseImpactRatio the lowest adverse impact ratio over every protected group (NaN when no group
 *                                  was reported)
 */
public record HeadlineFigures(double macroF1, double riskMae, double principalTop1,
                              double minimumAdverseImpactRatio) {

    public static HeadlineFigures of(Evaluation e) {
        return new HeadlineFigures(e.reasons().macroF1(), e.risk().mae(), e.principal().top1Accuracy(),
                e.fairLending() == null ? Double.NaN : e.fairLending().minimumAdverseImpactRatio());
    }
}
