package com.fintune.assessment.application;

import com.fintune.ml.serving.PredictionAnswer;

/**
 * A prediction's answer and the exact JSON text it was stored as: the REST API sends {@code json} so that the first
 * answer and every later read of it are the same bytes.
 */
public record StoredAnswer(PredictionAnswer answer, String json) {
}
