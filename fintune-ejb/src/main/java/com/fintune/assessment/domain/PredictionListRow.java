package com.fintune.assessment.domain;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One stored prediction as the console's list shows it: the summary plus the final decision recorded for it.
 *
 * @param topReasons    comma-separated ReasonCategory names, strongest first (empty or null: none reported)
 * @param finalDecision APPROVE, DENY or WITHDRAW as recorded, or null while none is
 */
public record PredictionListRow(Long predictionId, Long applicationId, String decision, BigDecimal riskScore,
                                String topReasons, String modelVersion, String channel, String submittedBy,
                                Instant assessedAt, String finalDecision) {
}
