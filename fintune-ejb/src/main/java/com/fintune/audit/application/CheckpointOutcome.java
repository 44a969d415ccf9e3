package com.fintune.audit.application;

import com.fintune.audit.anchor.AuditVerification;
import com.fintune.audit.anchor.Checkpoint;

/**
 * What asking for a checkpoint did.
 *
 * @param written      true when a new line was appended to the checkpoint file
 * @param checkpoint   the new checkpoint, or (when nothing was written) the latest one, or null
 * @param file         the checkpoint file
 * @param verification the verification that had to pass first
 * @param refusal      why nothing was written, or null
 */
public record CheckpointOutcome(boolean written, Checkpoint checkpoint, String file, AuditVerification verification,
                                String refusal) {
}
