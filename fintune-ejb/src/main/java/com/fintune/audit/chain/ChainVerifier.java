package com.fintune.audit.chain;

/**
 * Walks the chain in sequence order, one entry at a time (so a large log can be paged through), and stops at the
 * first broken link: a gap or reordering in the sequence (a deleted or inserted row), a previous-hash that is not
 * the prior entry's hash, or an entry hash that does not match its content (an edited row).
 */
public final class ChainVerifier {

    private ChainLink last;
    private long checked;
    private ChainVerification broken;

    /** Verifies a chain from its first entry. */
    public ChainVerifier() {
    }

    /**
     * Verifies the entries that follow {@code trusted}, an entry already established by other means (a signed
     * checkpoint whose hash it matches), so a long chain need not be recomputed from the start.
     */
    public ChainVerifier(ChainLink trusted) {
        this.last = trusted;
    }

    /** The last entry found good (or the trusted start), null when none. */
    public ChainLink lastGood() {
        return last;
    }

    /** Checks the next entry; false once the chain is broken (later entries are then ignored). */
    public boolean accept(ChainLink entry) {
        if (broken != null) {
            return false;
        }
        long expectedSequence = last == null ? 1 : last.sequence() + 1;
        String expectedPrevious = last == null ? AuditChain.GENESIS_HASH : last.entryHash();
        if (entry.sequence() != expectedSequence) {
            return fail(entry, "sequence " + entry.sequence() + " where " + expectedSequence
                    + " was expected: an entry was removed or inserted");
        }
        if (!expectedPrevious.equals(entry.previousHash())) {
            return fail(entry, "previous hash does not match entry " + (entry.sequence() - 1));
        }
        if (!AuditChain.hash(entry.sequence(), entry.event(), entry.previousHash()).equals(entry.entryHash())) {
            return fail(entry, "entry hash does not match its content: the entry was altered");
        }
        last = entry;
        checked++;
        return true;
    }

    private boolean fail(ChainLink entry, String reason) {
        broken = ChainVerification.broken(checked, entry.sequence(), reason);
        return false;
    }

    public ChainVerification result() {
        return broken != null ? broken
                : ChainVerification.intact(checked, last == null ? AuditChain.GENESIS_HASH : last.entryHash());
    }
}
