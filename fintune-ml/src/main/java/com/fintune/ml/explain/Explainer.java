package com.fintune.ml.explain;

import com.fintune.ml.data.LoanApplication;
import com.fintune.ml.taxonomy.ReasonCategory;

import com.fintune.ml.underwriting.ProductOffer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Builds the {@link Explanation} of one prediction under a {@link DecisionPolicy}. Stateless and thread-safe: the
 * one post-processing step used by every way in (REST, SOAP, console, batch, command line). The policy's credit
 * limits give way to those of the program applied for when it is among the offered products.
 */
public final class Explainer {

    private final DecisionPolicy policy;
    private final RiskSummaryWriter summaries;
    private final RemediationPlanner remediation = new RemediationPlanner();
    private final ProductMatcher products = new ProductMatcher();

    public Explainer(DecisionPolicy policy) {
        this.policy = policy;
        this.summaries = new RiskSummaryWriter(policy);
    }

    public DecisionPolicy policy() {
        return policy;
    }

    public Explanation explain(LoanApplication application, float[] reasonProbabilities, double riskScore,
                               List<ProductOffer> offered) {
        return explain(ApplicantProfile.of(application), reasonProbabilities, riskScore, offered);
    }

    /**
     * @param profile             the application's figures
     * @param reasonProbabilities the model's 12 probabilities in taxonomy index order
     * @param riskScore           the model's risk score 0..100
     * @param offered             the lender's products, from which the qualifying alternatives are picked
     */
    public Explanation explain(ApplicantProfile profile, float[] reasonProbabilities, double riskScore,
                               List<ProductOffer> offered) {
        if (reasonProbabilities.length != ReasonCategory.COUNT) {
            throw new IllegalArgumentException("expected " + ReasonCategory.COUNT + " reason probabilities, got "
                    + reasonProbabilities.length);
        }
        CreditLimits limits = policy.limits().forProgram(offered.stream()
                .filter(p -> p.code().equals(profile.productCode())).findFirst().orElse(null));
        UnderwritingDecision decision = policy.decide(profile, reasonProbabilities, riskScore);
        List<RankedReason> reasons = decision == UnderwritingDecision.APPROVE ? List.of() : rank(reasonProbabilities);
        List<Recommendation> recommendations = new ArrayList<>();
        for (RankedReason r : reasons) {
            recommendations.add(remediation.plan(profile, limits, r.category()));
        }
        String summary = summaries.write(profile, limits, decision, riskScore, reasons);
        return new Explanation(decision, riskScore, reasonProbabilities, reasons, summary, recommendations,
                products.qualifying(profile, offered));
    }

    /** Reasons at or above the reporting threshold, most likely first (ties: lower code first), at most maxReasons. */
    List<RankedReason> rank(float[] p) {
        List<ReasonCategory> order = new ArrayList<>(List.of(ReasonCategory.values()));
        order.removeIf(c -> p[c.index()] < policy.referProbability());
        order.sort(Comparator.comparingDouble((ReasonCategory c) -> -p[c.index()]).thenComparingInt(ReasonCategory::code));
        List<RankedReason> out = new ArrayList<>();
        for (int i = 0; i < Math.min(order.size(), policy.maxReasons()); i++) {
            out.add(new RankedReason(i + 1, order.get(i), p[order.get(i).index()]));
        }
        return out;
    }
}
