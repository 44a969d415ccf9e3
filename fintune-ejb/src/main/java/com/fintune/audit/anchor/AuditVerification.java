package com.fintune.audit.anchor;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The outcome of verifying the audit chain against its head and its latest signed checkpoint.
 *
 * @param intact              true when every entry checked links and hashes correctly, the head names the last
 *                            entry and its hash, and the chain agrees with the latest signed checkpoint
 * @param mode                INCREMENTAL or FULL
 * @param headSequence        the head's sequence, read first: entries after it are left to the next verification
 * @param headHash            the head's hash when intact, else null
 * @param entriesVerified     entries known good, 1 … this (by recomputation now or, before {@code fromSequence} in
 *                            INCREMENTAL mode, through the signed checkpoint); before the first broken link if not
 * @param entriesRecomputed   entries whose hash this verification recomputed
 * @param fromSequence        the first entry recomputed
 * @param firstBrokenSequence the first entry found wrong or missing, or null (also null when only the checkpoint
 *                            file is wrong)
 * @param reason              what is wrong, or null when intact
 * @param checkpoint          the latest good signed checkpoint it was checked against, or null when there is none
 * @param notes               remarks that do not make the chain broken (no checkpoint yet, development key …)
 */
public record AuditVerification(boolean intact, VerificationMode mode, long headSequence, String headHash,
                                long entriesVerified, long entriesRecomputed, long fromSequence,
                                Long firstBrokenSequence, String reason, CheckpointRef checkpoint,
                                List<String> notes) {

    /**
     * The checkpoint a verification used, as shown to API clients.
     *
     * @param sequence  anchored entry
     * @param entryHash its hash
     * @param createdAt when the checkpoint was signed
     * @param keyId     the signing key's id
     */
    public record CheckpointRef(long sequence, String entryHash, Instant createdAt, String keyId) {
        static CheckpointRef of(Checkpoint c) {
            return c == null ? null : new CheckpointRef(c.sequence(), c.entryHash(), c.createdAt(), c.keyId());
        }
    }

    public AuditVerification {
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    /** The same verification with a problem of the checkpoint file added: the chain cannot be called intact. */
    public AuditVerification withAnchorProblem(String problem) {
        List<String> more = new ArrayList<>(notes);
        more.add(problem);
        return new AuditVerification(false, mode, headSequence, null, entriesVerified, entriesRecomputed,
                fromSequence, firstBrokenSequence, intact ? problem : reason, checkpoint, more);
    }

    /** The same verification with a remark added. */
    public AuditVerification withNote(String note) {
        List<String> more = new ArrayList<>(notes);
        more.add(note);
        return new AuditVerification(intact, mode, headSequence, headHash, entriesVerified, entriesRecomputed,
                fromSequence, firstBrokenSequence, reason, checkpoint, more);
    }
}
