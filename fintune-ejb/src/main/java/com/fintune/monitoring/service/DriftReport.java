package com.fintune.monitoring.service;

import java.time.Instant;
import java.util.List;

/**
 * A stored drift check as the API shows it.
 *
 * @param status              MEASURED or TOO_FEW_PREDICTIONS
 * @param scoresComparable    whether the reference's scores come from the serving model itself (else the SCORE and
 *                            REASON columns compare two different models and say little)
 * @param outOfVocabularyRate share of the window's note words outside the reference vocabulary (null: no words)
 * @param columns             every column's PSI and level, in the reference's order (empty unless MEASURED)
 */
public record DriftReport(long runId, String status, String modelVersion, String referenceModelVersion,
                          boolean scoresComparable, String referenceSource, Instant from, Instant to,
                          int predictions, int skipped, double watch, double act, Double outOfVocabularyRate,
                          double expectedOutOfVocabularyRate, String requestedBy, Long jobExecutionId,
                          Instant completedAt, List<Column> columns) {

    /** One column's result. */
    public record Column(String name, String kind, double psi, String level) {
    }
}
