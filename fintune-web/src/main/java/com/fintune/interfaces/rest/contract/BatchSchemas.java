package com.fintune.interfaces.rest.contract;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The answers of POST /batch-predict and GET /batch-predict/{id} as the OpenAPI document describes them: the
 * resource's {@code Results} and the service's {@code BatchStatus}, field for field (BatchSchemasTest holds the names
 * equal).
 */
public final class BatchSchemas {

    private BatchSchemas() {
    }

    /** An inline batch's answers. */
    @Schema(name = "BatchResults", description = "All answers of an inline batch, in request order")
    public record Results(@Schema(required = true, minimum = "1") int count,
                          @Schema(required = true) List<AnswerSchema> results) {
    }

    /** A batch job's progress. */
    @Schema(name = "BatchStatus", description = "Progress of a batch job and, once COMPLETED, its answers")
    public record Status(
            @Schema(required = true, description = "The batch; poll GET /batch-predict/{id}") long id,
            @Schema(required = true, enumeration = {"REQUEST", "BACKLOG"}) String source,
            @Schema(required = true, enumeration = {"QUEUED", "RUNNING", "COMPLETED", "FAILED"}) String status,
            @Schema(required = true, minimum = "0", description = "Applications in the batch") int total,
            @Schema(required = true, minimum = "0", description = "Predicted or failed so far") int done,
            @Schema(required = true, minimum = "0", description = "Of those, not predicted (see failures)") int failed,
            @Schema(required = true, minimum = "0", maximum = "100", description = "done ÷ total") double percent,
            @Schema(required = true) Instant createdAt,
            @Schema(required = true, nullable = true, description = "When it finished, or null") Instant finishedAt,
            @Schema(required = true, description = "The answers in request order once COMPLETED (null for an item "
                    + "that failed), else empty") List<AnswerSchema> results,
            @Schema(required = true, description = "The items that could not be predicted") List<Failure> failures) {
    }

    /** An item that could not be predicted. */
    @Schema(name = "BatchFailure", description = "An item that could not be predicted")
    public record Failure(@Schema(required = true, minimum = "0", description = "0-based position in the request")
                          int item,
                          @Schema(required = true) String reason) {
    }

    /** What POST /batch-predict answers: the results (200) or the job it became (202). */
    @Schema(name = "BatchSubmission", oneOf = {Results.class, Status.class},
            description = "BatchResults when answered at once (200), BatchStatus when it became a batch job (202)")
    public interface Submission {
    }
}
