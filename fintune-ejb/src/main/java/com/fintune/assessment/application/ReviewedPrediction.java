package com.fintune.assessment.application;

import com.fintune.ml.serving.PredictionAnswer;

import java.time.Instant;

/**
 * A stored prediction as a reviewer opens it in the console: its answer, the application as it was scored and the
 * final decision recorded for it, if any.
 *
 * @param answer          the answer as first sent, or null for predictions made before answers were stored
 * @param applicationJson the application as the model read it (the API's JSON), or null before schema V1_5
 * @param outcome         the recorded final decision, or null while none is
 */
public record ReviewedPrediction(long predictionId, Long applicationId, String channel, String submittedBy,
                                 Instant assessedAt, PredictionAnswer answer, String applicationJson,
                                 RecordedOutcome outcome) {
}
