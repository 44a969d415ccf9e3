package com.fintune.ml.explain;

import com.fintune.ml.underwriting.ProductOffer;
import java.util.List;

/**
 * The underwriting answer built around one prediction: the decision, the model's figures, the principal reasons,
 * a risk summary in sentences, per-reason remediation and the alternative products the applicant qualifies for.
 *
 * @param decision            APPROVE, REFER or DENY under the policy
 * @param riskScore           the model's risk score, 0..100
 * @param reasonProbabilities all 12 probabilities in taxonomy index order
 * @param reasons             up to four principal reasons, most likely first
 * @param riskSummary         readable sentences quoting only the application's figures and the policy limits
 * @param recommendations     one per principal reason
 * @param alternativeProducts products whose limits the application meets
 */
public record Explanation(UnderwritingDecision decision, double riskScore, float[] reasonProbabilities,
                          List<RankedReason> reasons, String riskSummary, List<Recommendation> recommendations,
                          List<ProductOffer> alternativeProducts) {

    public Explanation {
        reasonProbabilities = reasonProbabilities.clone();
        reasons = List.copyOf(reasons);
        recommendations = List.copyOf(recommendations);
        alternativeProducts = List.copyOf(alternativeProducts);
    }

    @Override
    public float[] reasonProbabilities() {
        return reasonProbabilities.clone();
    }
}
