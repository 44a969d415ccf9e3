package com.fintune.assessment.application;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fintune.ml.data.ApplicationFiles;
import com.fintune.ml.serving.PredictionAnswer;

import java.io.UncheckedIOException;

/**
 * The one JSON form of an answer: written once when the prediction is made, stored with it (RISK_ASSESSMENTS and
 * batch items) and sent as is. The same mapper as {@code bin/fintune predict}, so both print the same fields in the
 * same order (the record's).
 */
final class AnswerJson {

    private static final ObjectMapper JSON = ApplicationFiles.json();

    private AnswerJson() {
    }

    static String write(PredictionAnswer answer) {
        try {
            return JSON.writeValueAsString(answer);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static PredictionAnswer read(String json) {
        try {
            return json == null ? null : JSON.readValue(json, PredictionAnswer.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
