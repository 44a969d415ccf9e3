package com.fintune.ml.notice;

import com.fasterxml.jackson.databind.JsonNode;
import com.fintune.ml.taxonomy.ReasonCategory;

import java.util.ArrayList;
import java.util.List;

/**
 * What a notice takes from an explanation (the JSON of GET /predictions/{id}/explanation): the principal reasons
 * ranked by their contribution to the decision, and the key factors (feature groups that raised the risk score most)
 * in an applicant's words.
 */
public record ExplainedReasons(List<ReasonCategory> reasons, List<String> keyFactors) {

    public ExplainedReasons {
        reasons = List.copyOf(reasons);
        keyFactors = List.copyOf(keyFactors);
    }

    public static ExplainedReasons of(JsonNode explanation) {
        List<ReasonCategory> reasons = new ArrayList<>();
        for (JsonNode r : explanation.path("principalReasons")) {
            reasons.add(ReasonCategory.valueOf(r.path("name").asText()));
        }
        List<String> factors = new ArrayList<>();
        for (JsonNode f : explanation.path("keyFactors")) {
            if (factors.size() < CreditScoreDisclosure.MAX_KEY_FACTORS) {
                factors.add(f.path("label").asText());
            }
        }
        return new ExplainedReasons(reasons, factors);
    }
}
