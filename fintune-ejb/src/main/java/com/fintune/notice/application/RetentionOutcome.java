package com.fintune.notice.application;

import java.time.Instant;
import java.util.List;

/**
 * What a retention run removed: notices created before {@code cutoff} ({@code months} before the run).
 *
 * @param manifestSha256 SHA-256 of the removed notices' "id sha256" lines, the audit entry's output hash
 */
public record RetentionOutcome(Instant cutoff, int months, List<Removed> removed, String manifestSha256) {

    /** One removed notice. */
    public record Removed(long documentId, Long predictionId, String sha256) {
    }
}
