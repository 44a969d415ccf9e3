package com.fintune.audit.anchor;

import com.fintune.audit.chain.AuditChain;
import com.fintune.audit.chain.ChainLink;
import com.fintune.audit.chain.ChainVerification;
import com.fintune.audit.chain.ChainVerifier;

import java.util.List;
import java.util.Optional;

/**
 * Verifies the audit chain as one consistent picture: it reads the head first and checks entries up to the head's
 * sequence only (so an append committed meanwhile is neither checked nor taken for a removal), recomputes every
 * hash it reads, requires the last entry to be the head's sequence with the head's hash, and holds the chain to the
 * latest signed checkpoint: the head may not be behind it and the entry at its sequence must still have its hash.
 * A chain rewritten inside the database, even with every hash recomputed, fails the last test.
 */
public final class ChainAudit {

    private final ChainSource source;
    private final int page;

    public ChainAudit(ChainSource source, int page) {
        if (page < 1) {
            throw new IllegalArgumentException("page must be positive");
        }
        this.source = source;
        this.page = page;
    }

    /** Verifies against {@code anchor}, the latest good signed checkpoint (null when there is none). */
    public AuditVerification verify(Checkpoint anchor, VerificationMode mode) {
        Run run = new Run(source.head(), anchor, mode);
        AuditVerification result = run.verify();
        if (anchor == null) {
            result = result.withNote("no signed checkpoint yet: the chain was recomputed from its first entry, but"
                    + " a chain rewritten with recomputed hashes cannot be told apart until one exists");
        }
        return result;
    }

    /** One verification's state. */
    private final class Run {
        private final ChainHead head;
        private final Checkpoint anchor;
        private final VerificationMode mode;
        private long from = 1;
        private long recomputed;

        Run(ChainHead head, Checkpoint anchor, VerificationMode mode) {
            this.head = head;
            this.anchor = anchor;
            this.mode = mode;
        }

        AuditVerification verify() {
            if (anchor != null && head.sequence() < anchor.sequence()) {
                return broken(0, head.sequence() + 1, "the chain head is at entry " + head.sequence()
                        + " but the signed checkpoint of " + anchor.createdAt() + " recorded entry "
                        + anchor.sequence() + ": entries were removed from the end");
            }
            ChainVerifier verifier;
            if (mode == VerificationMode.INCREMENTAL && anchor != null) {
                Optional<ChainLink> anchored = source.entry(anchor.sequence());
                if (anchored.isEmpty()) {
                    return broken(anchor.sequence() - 1, anchor.sequence(), "entry " + anchor.sequence()
                            + ", anchored by the signed checkpoint of " + anchor.createdAt() + ", is missing");
                }
                ChainLink link = anchored.get();
                from = anchor.sequence();
                recomputed = 1;
                if (!AuditChain.hash(link.sequence(), link.event(), link.previousHash()).equals(link.entryHash())) {
                    return broken(anchor.sequence() - 1, anchor.sequence(),
                            "entry hash does not match its content: the entry was altered");
                }
                String mismatch = againstAnchor(link);
                if (mismatch != null) {
                    return broken(anchor.sequence() - 1, anchor.sequence(), mismatch);
                }
                verifier = new ChainVerifier(link);
            } else {
                verifier = new ChainVerifier();
            }
            AuditVerification rewritten = walk(verifier);
            if (rewritten != null) {
                return rewritten;
            }
            ChainLink last = verifier.lastGood();
            long lastSequence = last == null ? 0 : last.sequence();
            ChainVerification walked = verifier.result();
            if (!walked.intact()) {
                return broken(walked.firstBrokenSequence() - 1, walked.firstBrokenSequence(), walked.reason());
            }
            if (lastSequence < head.sequence()) {
                return broken(lastSequence, lastSequence + 1, "the chain head records " + head.sequence()
                        + " entries but the log ends at " + lastSequence + ": entries were removed from the end");
            }
            String lastHash = last == null ? AuditChain.GENESIS_HASH : last.entryHash();
            if (!lastHash.equals(head.entryHash())) {
                return broken(lastSequence - 1, lastSequence, "the chain head's hash is not entry " + lastSequence
                        + "'s: the head or the end of the log was rewritten");
            }
            long beyond = source.entriesAfter(head.sequence());
            if (beyond > 0) {
                return broken(lastSequence, lastSequence + 1, beyond + " entr" + (beyond == 1 ? "y lies" : "ies lie")
                        + " after the chain head (entry " + head.sequence() + "): the head was moved back or"
                        + " entries were inserted without it");
            }
            return new AuditVerification(true, mode, head.sequence(), head.entryHash(), head.sequence(), recomputed,
                    from, null, null, AuditVerification.CheckpointRef.of(anchor), List.of());
        }

        /** Recomputes the entries after the verifier's start up to the head; a checkpoint mismatch, else null. */
        private AuditVerification walk(ChainVerifier verifier) {
            long next = verifier.lastGood() == null ? 1 : verifier.lastGood().sequence() + 1;
            while (next <= head.sequence()) {
                List<ChainLink> entries = source.range(next, head.sequence(), page);
                for (ChainLink link : entries) {
                    if (!verifier.accept(link)) {
                        return null;
                    }
                    recomputed++;
                    String mismatch = againstAnchor(link);
                    if (mismatch != null) {
                        return broken(link.sequence() - 1, link.sequence(), mismatch);
                    }
                    next = link.sequence() + 1;
                }
                if (entries.size() < page) {
                    break;
                }
            }
            return null;
        }

        /** Null unless {@code link} is the anchored entry and its hash is not the checkpoint's. */
        private String againstAnchor(ChainLink link) {
            if (anchor == null || link.sequence() != anchor.sequence()
                    || link.entryHash().equals(anchor.entryHash())) {
                return null;
            }
            return "entry " + link.sequence() + " no longer has the hash the signed checkpoint of "
                    + anchor.createdAt() + " recorded: the chain was rewritten";
        }

        private AuditVerification broken(long verified, long firstBroken, String reason) {
            return new AuditVerification(false, mode, head.sequence(), null, Math.max(0, verified), recomputed,
                    from, firstBroken, reason, AuditVerification.CheckpointRef.of(anchor), List.of());
        }
    }
}
