package com.fintune.interfaces.rest.contract;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * GET /audit/verify and POST /audit/checkpoints as the document describes them: the service's
 * {@code AuditVerification} and {@code CheckpointOutcome}, field for field (SchemaRecordsTest). Null fields are
 * left out of the answer.
 */
public final class AuditSchemas {

    private AuditSchemas() {
    }

    @Schema(name = "AuditVerification", description = "The audit chain verified against its head and the latest "
            + "signed checkpoint")
    public record Verification(
            @Schema(required = true, description = "Every entry checked links and hashes correctly and agrees with "
                    + "the head and the latest signed checkpoint") boolean intact,
            @Schema(required = true, enumeration = {"INCREMENTAL", "FULL"}) String mode,
            @Schema(required = true, minimum = "0") long headSequence,
            @Schema(description = "The head's hash when intact") String headHash,
            @Schema(required = true, minimum = "0", description = "Entries known good") long entriesVerified,
            @Schema(required = true, minimum = "0", description = "Entries recomputed now") long entriesRecomputed,
            @Schema(required = true, minimum = "0", description = "The first entry recomputed") long fromSequence,
            @Schema(description = "The first entry found wrong or missing") Long firstBrokenSequence,
            @Schema(description = "What is wrong; absent when intact") String reason,
            @Schema(description = "The latest good signed checkpoint; absent when there is none")
            CheckpointRef checkpoint,
            @Schema(required = true, description = "Remarks that do not make the chain broken") List<String> notes) {
    }

    @Schema(name = "AuditCheckpointRef", description = "The checkpoint a verification used")
    public record CheckpointRef(@Schema(required = true) long sequence, @Schema(required = true) String entryHash,
                                @Schema(required = true) Instant createdAt,
                                @Schema(required = true, description = "The signing key's id") String keyId) {
    }

    @Schema(name = "AuditCheckpoint", description = "A signed checkpoint of the audit chain")
    public record Checkpoint(@Schema(required = true, description = "The chain entry anchored") long sequence,
                             @Schema(required = true) String entryHash, @Schema(required = true) Instant createdAt,
                             @Schema(required = true, description = "The signature of the checkpoint before it")
                             String previousMac,
                             @Schema(required = true) String keyId,
                             @Schema(required = true, description = "The signature") String mac) {
    }

    @Schema(name = "AuditCheckpointOutcome", description = "What asking for a checkpoint did")
    public record Outcome(
            @Schema(required = true, description = "A new line was appended to the checkpoint file") boolean written,
            @Schema(description = "The new checkpoint, or the latest one when nothing was written")
            Checkpoint checkpoint,
            @Schema(required = true, description = "The checkpoint file") String file,
            @Schema(required = true, description = "The verification that had to pass first")
            Verification verification,
            @Schema(description = "Why nothing was written") String refusal) {
    }
}
