package com.fintune.assessment.application;

import java.time.Instant;

/**
 * One stored prediction: who asked, how and when, and its answer exactly as first sent.
 *
 * @param answerJson the answer's JSON text; null for predictions made before answers were stored (schema V1_4)
 */
public record StoredPrediction(long predictionId, Long applicationId, String channel, String submittedBy,
                               Instant assessedAt, String answerJson) {

    /** The answer read back from its JSON text; null when none was stored. */
    public com.fintune.ml.serving.PredictionAnswer answer() {
        return AnswerJson.read(answerJson);
    }
}
