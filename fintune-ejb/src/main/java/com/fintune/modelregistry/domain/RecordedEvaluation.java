package com.fintune.modelregistry.domain;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fintune.ml.eval.EvaluationJson;
import com.fintune.ml.eval.EvaluationReport;
import java.util.Optional;

/**
 * Reads the evaluation a model version was registered with (MODEL_VERSIONS.METRICS_JSON: the evaluation.json that
 * {@code bin/fintune evaluate} writes beside the weights) into fintune-ml's own records, so the console shows
 * exactly what the evaluator wrote.
 */
public final class RecordedEvaluation {

    private RecordedEvaluation() {
    }

    /**
     * @param metricsJson the stored JSON, or null / blank when the version was registered without an evaluation
     * @return the report, or empty when there is none
     * @throws IllegalArgumentException when the JSON is not an evaluation report (the message says why)
     */
    public static Optional<EvaluationReport> read(String metricsJson) {
        if (metricsJson == null || metricsJson.isBlank()) {
            return Optional.empty();
        }
        EvaluationReport report;
        try {
            report = EvaluationJson.mapper().readValue(metricsJson, EvaluationReport.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the stored evaluation is not readable JSON: "
                    + e.getOriginalMessage(), e);
        }
        if (report == null || report.encoder() == null) {
            throw new IllegalArgumentException("the stored evaluation has no encoder section");
        }
        return Optional.of(report);
    }

    /** The model version's headline figures, or empty when it has no evaluation. */
    public static Optional<HeadlineFigures> headline(String metricsJson) {
        return read(metricsJson).map(r -> HeadlineFigures.of(r.encoder()));
    }
}
