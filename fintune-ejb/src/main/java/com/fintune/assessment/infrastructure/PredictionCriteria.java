package com.fintune.assessment.infrastructure;

import java.time.Instant;

/**
 * What a search of stored predictions keeps; a null field keeps everything.
 *
 * @param from          assessed at or after (inclusive)
 * @param to            assessed before (exclusive)
 * @param submittedBy   only predictions this account asked for (how an INTEGRATION account's view is narrowed)
 * @param reason        only predictions reporting this reason (a ReasonCategory name)
 * @param modelVersion  only predictions answered by this model version
 * @param askedBy       only predictions this account asked for (a filter the viewer chose)
 * @param finalDecision only predictions with this recorded final decision; {@link #NO_FINAL_DECISION} for none yet
 */
public record PredictionCriteria(Long applicationId, Instant from, Instant to, String decision, String submittedBy,
                                 String reason, String modelVersion, String askedBy, String finalDecision) {

    /** The final-decision filter for predictions that have none recorded yet. */
    public static final String NO_FINAL_DECISION = "NONE";

    /** The API's filters (application, period, decision) narrowed to what {@code submittedBy} may see. */
    public PredictionCriteria(Long applicationId, Instant from, Instant to, String decision, String submittedBy) {
        this(applicationId, from, to, decision, submittedBy, null, null, null, null);
    }
}
