package com.fintune.assessment.application;

import com.fintune.ml.serving.PredictionAnswer;

import java.time.Instant;
import java.util.List;

/**
 * Progress of a prediction batch and, once completed, its answers in request order.
 *
 * @param id        the batch
 * @param source    REQUEST or BACKLOG
 * @param status    QUEUED, RUNNING, COMPLETED or FAILED
 * @param total     applications in the batch
 * @param done      applications dealt with so far (predicted, or failed)
 * @param failed    of those, applications that could not be predicted (see {@code failures})
 * @param percent   done ÷ total, 0..100
 * @param createdAt when it was submitted
 * @param finishedAt when it finished, or null
 * @param results   the answers when COMPLETED (requested batches; null for an item that failed), else empty
 * @param failures  the items that could not be predicted, with the reason (requested batches)
 */
public record BatchStatus(long id, String source, String status, int total, int done, int failed, double percent,
                          Instant createdAt, Instant finishedAt, List<PredictionAnswer> results,
                          List<Failure> failures) {

    /** An item that could not be predicted: its 0-based position in the request and why. */
    public record Failure(int item, String reason) {
    }
}
