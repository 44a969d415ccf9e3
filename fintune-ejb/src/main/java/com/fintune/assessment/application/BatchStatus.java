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
 * @param done      applications predicted so far
 * @param percent   done ÷ total, 0..100
 * @param createdAt when it was submitted
 * @param finishedAt when it finished, or null
 * @param results   the answers when COMPLETED (requested batches), else empty
 */
public record BatchStatus(long id, String source, String status, int total, int done, double percent,
                          Instant createdAt, Instant finishedAt, List<PredictionAnswer> results) {
}
