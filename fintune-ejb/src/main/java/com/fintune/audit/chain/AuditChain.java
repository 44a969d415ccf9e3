package com.fintune.audit.chain;

import java.util.Map;

/** The hash-chaining rule: how an entry is linked to the one before it. */
public final class AuditChain {

    /** The "previous hash" of the first entry. */
    public static final String GENESIS_HASH = "0".repeat(64);

    private AuditChain() {
    }

    /** The entry that follows {@code head} (null when the chain is empty). */
    public static ChainLink next(ChainLink head, AuditEvent event) {
        long sequence = head == null ? 1 : head.sequence() + 1;
        String previous = head == null ? GENESIS_HASH : head.entryHash();
        return new ChainLink(sequence, event, previous, hash(sequence, event, previous));
    }

    /** {@code SHA-256(previousHash + canonicalJson({sequence, …event fields}))}. */
    public static String hash(long sequence, AuditEvent event, String previousHash) {
        Map<String, Object> fields = event.fields();
        fields.put("sequence", sequence);
        return Sha256.hex(previousHash + CanonicalJson.write(fields));
    }
}
