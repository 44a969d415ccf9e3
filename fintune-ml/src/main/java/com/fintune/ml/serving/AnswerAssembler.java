package com.fintune.ml.serving;

import com.fintune.ml.explain.Explanation;
import com.fintune.ml.explain.RankedReason;
import com.fintune.ml.explain.Recommendation;
import com.fintune.ml.taxonomy.ReasonCategory;
import com.fintune.ml.underwriting.ProductOffer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns an {@link Explanation} into the {@link PredictionAnswer} every way in returns. */
public final class AnswerAssembler {

    private AnswerAssembler() {
    }

    public static PredictionAnswer answer(Explanation e, String modelVersion) {
        float[] p = e.reasonProbabilities();
        Map<String, Double> probabilities = new LinkedHashMap<>();
        for (ReasonCategory c : ReasonCategory.values()) {
            probabilities.put(c.name(), round(p[c.index()], 4));
        }
        List<PredictionAnswer.Reason> reasons = e.reasons().stream().map(AnswerAssembler::reason).toList();
        List<PredictionAnswer.Remediation> remediation = e.recommendations().stream()
                .map(AnswerAssembler::remediation).toList();
        List<PredictionAnswer.Product> products = e.alternativeProducts().stream()
                .map(AnswerAssembler::product).toList();
        return new PredictionAnswer(null, null, modelVersion, e.decision().name(), round(e.riskScore(), 2), reasons,
                probabilities, e.riskSummary(), remediation, products, 0, false);
    }

    private static PredictionAnswer.Reason reason(RankedReason r) {
        return new PredictionAnswer.Reason(r.rank(), r.code(), r.name(), r.displayName(), round(r.probability(), 4),
                r.hmdaCode(), r.noticeText());
    }

    private static PredictionAnswer.Remediation remediation(Recommendation r) {
        return new PredictionAnswer.Remediation(r.category().name(), r.action(), r.targetName(), r.targetValue());
    }

    private static PredictionAnswer.Product product(ProductOffer p) {
        return new PredictionAnswer.Product(p.code(), p.name(), p.loanType());
    }

    static double round(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }
}
