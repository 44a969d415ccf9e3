package com.fintune.ml.explain;

import com.fintune.ml.data.LoanApplication;
import com.fintune.ml.taxonomy.ReasonCategory;
import com.fintune.ml.underwriting.CompensatingFactors;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * How reason probabilities, the risk score and the application's own figures become APPROVE, REFER or DENY, and
 * which reasons are reported. A reason is <em>confident</em> when its probability reaches {@code denyProbability}
 * (default 0.5), <em>possible</em> when it reaches {@code referProbability} (default 0.3).
 * <ul>
 *   <li>DENY when a reason is confident: a principal reason predicted with confidence is an adverse action
 *       (Regulation B: a denial states its specific principal reasons, so a DENY always has one);</li>
 *   <li>except REFER when every confident reason is one the file's compensating factors offset
 *       ({@link CompensatingFactors#offsetReasons}: a DTI over the program's standard limit but within its limit
 *       with compensating factors, in a file that has them) and the risk is below {@code denyRiskScore}
 *       (compensating factors do not offset a high-risk file);</li>
 *   <li>REFER when no reason is confident but one is possible, or when none is possible and the risk reaches
 *       {@code referRiskScore} (a high risk alone never denies: it has no reason to state);</li>
 *   <li>APPROVE otherwise: no reason reaches {@code referProbability} and the risk is below {@code referRiskScore},
 *       so an approval never carries a reason of probability 0.5 or more.</li>
 * </ul>
 * Reasons at or above {@code referProbability} are reported with REFER and DENY, most likely first, at most
 * {@code maxReasons} (Regulation B: an adverse-action notice states at most four principal reasons).
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

    /**
     * The decision for an application.
     *
     * @param application         the application as the model read it (its DTI, program, score and reserves decide
     *                            whether compensating factors offset a confident DTI reason)
     * @param reasonProbabilities the model's probabilities in taxonomy index order
     * @param riskScore           the model's risk score 0..100
     */
    public UnderwritingDecision decide(LoanApplication application, float[] reasonProbabilities, double riskScore) {
        if (application == null) {
            throw new IllegalArgumentException("the application is required to decide");
        }
        return decide(ApplicantProfile.of(application), reasonProbabilities, riskScore);
    }

    /** The decision for an application's figures; see {@link #decide(LoanApplication, float[], double)}. */
    public UnderwritingDecision decide(ApplicantProfile profile, float[] reasonProbabilities, double riskScore) {
        if (reasonProbabilities.length != ReasonCategory.COUNT) {
            throw new IllegalArgumentException("expected " + ReasonCategory.COUNT + " reason probabilities, got "
                    + reasonProbabilities.length);
        }
        Set<ReasonCategory> confident = EnumSet.noneOf(ReasonCategory.class);
        double top = 0;
        for (ReasonCategory c : ReasonCategory.values()) {
            float p = reasonProbabilities[c.index()];
            top = Math.max(top, p);
            if (p >= denyProbability) {
                confident.add(c);
            }
        }
        if (!confident.isEmpty()) {
            boolean offset = riskScore < denyRiskScore
                    && profile.offsetByCompensatingFactors().containsAll(confident);
            return offset ? UnderwritingDecision.REFER : UnderwritingDecision.DENY;
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
