package com.fintune.assessment.application;

import java.time.Instant;

/**
 * The console's filters over stored predictions; a null (or blank) field keeps everything.
 *
 * @param from          assessed at or after (inclusive)
 * @param to            assessed before (exclusive)
 * @param decision      the model's decision: APPROVE, REFER or DENY
 * @param reason        a reason the prediction reported (ReasonCategory name)
 * @param modelVersion  the model version that answered
 * @param submittedBy   the account that asked (an underwriter, a client system)
 * @param finalDecision the recorded final decision (APPROVE, DENY, WITHDRAW), or NONE for none yet
 */
public record PredictionFilter(Instant from, Instant to, String decision, String reason, String modelVersion,
                               String submittedBy, String finalDecision) {

    public PredictionFilter {
        decision = blankAsNull(decision);
        reason = blankAsNull(reason);
        modelVersion = blankAsNull(modelVersion);
        submittedBy = blankAsNull(submittedBy);
        finalDecision = blankAsNull(finalDecision);
    }

    public static PredictionFilter none() {
        return new PredictionFilter(null, null, null, null, null, null, null);
    }

    private static String blankAsNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
