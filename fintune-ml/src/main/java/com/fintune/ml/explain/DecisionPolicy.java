package com.fintune.ml.explain;

import java.util.Optional;
import java.util.function.Function;

/**
 * How reason probabilities and the risk score become APPROVE, REFER or DENY, and which reasons are reported.
 * <ul>
 *   <li>DENY when the most likely reason reaches {@code denyProbability} and the risk reaches
 *       {@code referRiskScore}, or when the risk alone reaches {@code denyRiskScore};</li>
 *   <li>REFER when the most likely reason reaches {@code referProbability} or the risk reaches
 *       {@code referRiskScore} (the model is not sure enough, or contradicts itself);</li>
 *   <li>APPROVE otherwise.</li>
 * </ul>
 * Reasons at or above {@code referProbability} are reported, most likely first, at most {@code maxReasons}
 * (Regulation B: an adverse-action notice states at most four principal reasons).
 */
public record DecisionPolicy(double denyProbability, double referProbability,
                             double denyRiskScore, double referRiskScore,
                             int maxReasons, CreditLimits limits) {

    /** Regulation B (comment 9(b)(2)-1): more than four principal reasons are not meaningful to an applicant. */
    public static final int REG_B_MAX_REASONS = 4;
    public static final double DEFAULT_DENY_PROBABILITY = 0.5;
    public static final double DEFAULT_REFER_PROBABILITY = 0.3;
    public static final double DEFAULT_DENY_RISK_SCORE = 70;
    public static final double DEFAULT_REFER_RISK_SCORE = 40;

    public DecisionPolicy {
        CreditLimits.requireRange("denyProbability", denyProbability, 0, 1);
        CreditLimits.requireRange("referProbability", referProbability, 0, denyProbability);
        CreditLimits.requireRange("denyRiskScore", denyRiskScore, 0, 100);
        CreditLimits.requireRange("referRiskScore", referRiskScore, 0, denyRiskScore);
        CreditLimits.requireRange("maxReasons", maxReasons, 1, REG_B_MAX_REASONS);
        if (limits == null) {
            throw new IllegalArgumentException("limits are required");
        }
    }

    public static DecisionPolicy defaults() {
        return new DecisionPolicy(DEFAULT_DENY_PROBABILITY, DEFAULT_REFER_PROBABILITY, DEFAULT_DENY_RISK_SCORE,
                DEFAULT_REFER_RISK_SCORE, REG_B_MAX_REASONS, CreditLimits.defaults());
    }

    /**
     * Reads the policy from settings named {@code fintune.policy.*} (MicroProfile Config on the server, a
     * properties file on the command line); every missing key keeps its documented default.
     */
    public static DecisionPolicy fromSettings(Function<String, Optional<String>> settings) {
        PolicySettings s = new PolicySettings(settings);
        CreditLimits limits = new CreditLimits(
                s.number("max-dti-percent", CreditLimits.DEFAULT_MAX_DTI_PERCENT),
                s.number("max-ltv-percent", CreditLimits.DEFAULT_MAX_LTV_PERCENT),
                s.number("ltv-without-mi-percent", CreditLimits.DEFAULT_LTV_WITHOUT_MI_PERCENT),
                (int) s.number("min-credit-score", CreditLimits.DEFAULT_MIN_CREDIT_SCORE),
                s.number("min-employment-years", CreditLimits.DEFAULT_MIN_EMPLOYMENT_YEARS),
                s.number("assumed-rate-percent", CreditLimits.DEFAULT_ASSUMED_RATE_PERCENT),
                (int) s.number("assumed-term-months", CreditLimits.DEFAULT_ASSUMED_TERM_MONTHS));
        return new DecisionPolicy(
                s.number("deny-probability", DEFAULT_DENY_PROBABILITY),
                s.number("refer-probability", DEFAULT_REFER_PROBABILITY),
                s.number("deny-risk-score", DEFAULT_DENY_RISK_SCORE),
                s.number("refer-risk-score", DEFAULT_REFER_RISK_SCORE),
                (int) s.number("max-reasons", REG_B_MAX_REASONS),
                limits);
    }

    /** The decision for these reason probabilities (index order of the taxonomy) and risk score 0..100. */
    public UnderwritingDecision decide(float[] reasonProbabilities, double riskScore) {
        double top = 0;
        for (float p : reasonProbabilities) {
            top = Math.max(top, p);
        }
        if (riskScore >= denyRiskScore || (top >= denyProbability && riskScore >= referRiskScore)) {
            return UnderwritingDecision.DENY;
        }
        if (top >= referProbability || riskScore >= referRiskScore) {
            return UnderwritingDecision.REFER;
        }
        return UnderwritingDecision.APPROVE;
    }

    /** Reads one {@code fintune.policy.<name>} number, naming the key when it does not parse. */
    private record PolicySettings(Function<String, Optional<String>> source) {
        double number(String name, double fallback) {
            String key = "fintune.policy." + name;
            Optional<String> raw = source.apply(key);
            if (raw.isEmpty() || raw.get().isBlank()) {
                return fallback;
            }
            try {
                return Double.parseDouble(raw.get().trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(key + " must be a number, was '" + raw.get() + "'", e);
            }
        }
    }
}
