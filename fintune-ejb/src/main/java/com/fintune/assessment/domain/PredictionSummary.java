package com.fintune.assessment.domain;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One stored prediction as a list shows it: what was concluded, by which model, for whom and when; the answer's
 * JSON is left out (read one prediction for it).
 *
 * @param topReasons comma-separated ReasonCategory names, strongest first (empty or null: none reported)
 */
public record PredictionSummary(Long predictionId, Long applicationId, String decision, BigDecimal riskScore,
                                String topReasons, String modelVersion, String channel, String submittedBy,
                                Instant assessedAt) {
}
