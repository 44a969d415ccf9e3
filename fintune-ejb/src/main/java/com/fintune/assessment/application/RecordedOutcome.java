package com.fintune.assessment.application;

import com.fintune.assessment.domain.PredictionOutcome;

import java.time.Instant;

/**
 * A final decision as the interfaces show it.
 *
 * @param decision APPROVE, DENY or WITHDRAW
 * @param comment  the underwriter's comment, or null
 */
public record RecordedOutcome(long predictionId, String decision, String comment, String recordedBy,
                              Instant recordedAt) {

    static RecordedOutcome of(PredictionOutcome o) {
        return new RecordedOutcome(o.getAssessmentId(), o.getDecision(), o.getComment(), o.getRecordedBy(),
                o.getRecordedAt());
    }
}
