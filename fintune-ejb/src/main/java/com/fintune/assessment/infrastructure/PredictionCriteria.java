package com.fintune.assessment.infrastructure;

import java.time.Instant;

/**
 * What a search of stored predictions keeps; a null field keeps everything.
 *
 * @param from        assessed at or after (inclusive)
 * @param to          assessed before (exclusive)
 * @param submittedBy only predictions this account asked for (how an INTEGRATION account's view is narrowed)
 */
public record PredictionCriteria(Long applicationId, Instant from, Instant to, String decision, String submittedBy) {
}
