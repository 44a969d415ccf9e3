package com.fintune.ml.serving;

import java.util.List;
import java.util.Map;
import com.fintune.ml.taxonomy.ReasonCategory;

/**
 * The answer to "what about this application?", identical for REST, SOAP, batch results and `fintune predict`.
 *
 * @param predictionId        the stored RISK_ASSESSMENTS id (null when nothing was stored, e.g. the CLI)
 * @param applicationId       the stored application's id, or null for an ad-hoc application
 * @param modelVersion        the model that answered (fingerprint of its files)
 * @param decision            APPROVE, REFER or DENY under the decision policy
 * @param riskScore           0..100, rounded to two decimals
 * @param reasons             up to four principal reasons, most likely first
 * @param probabilities       all 12 reason probabilities by category name, in taxonomy order
 * @param riskSummary         readable sentences quoting only the application's figures and the policy limits
 * @param recommendations     per reason, the remediation (with its computed figure when there is one)
 * @param alternativeProducts other products the application qualifies for as it stands
 * @param latencyMs           time spent answering, milliseconds
 * @param cached              true when the model's scores came from the cache
 */
public record PredictionAnswer(Long predictionId, Long applicationId, String modelVersion, String decision,
                               double riskScore, List<Reason> reasons, Map<String, Double> probabilities,
                               String riskSummary, List<Remediation> recommendations,
                               List<Product> alternativeProducts, double latencyMs, boolean cached) {

    /** One principal reason as an adverse-action notice gives it. */
    public record Reason(int rank, int code, String name, String displayName, double probability, int hmdaCode,
                         String noticeText) {
    }

    /** What would address one reason; {@code targetValue} is the computed figure {@code targetName} names. */
    public record Remediation(String reason, String action, String targetName, Double targetValue) {
    }

    /** An alternative program. */
    public record Product(String code, String name, String loanType) {
    }

    /** The reasons given, as categories, in the answer's order. */
    public List<ReasonCategory> reasonCategories() {
        return reasons.stream().map(r -> ReasonCategory.valueOf(r.name())).toList();
    }

    /** The same answer with the ids and timing of the request that produced it. */
    public PredictionAnswer withServing(Long predictionId, Long applicationId, double latencyMs, boolean cached) {
        return new PredictionAnswer(predictionId, applicationId, modelVersion, decision, riskScore, reasons,
                probabilities, riskSummary, recommendations, alternativeProducts, latencyMs, cached);
    }
}
