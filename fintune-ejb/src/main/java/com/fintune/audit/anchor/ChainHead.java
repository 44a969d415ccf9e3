package com.fintune.audit.anchor;

/**
 * The chain head as the database records it (AUDIT_CHAIN_HEAD): the last sequence number and its entry hash.
 *
 * @param sequence  0 for an empty chain
 * @param entryHash the hash of entry {@code sequence} (the genesis hash for an empty chain)
 */
public record ChainHead(long sequence, String entryHash) {
}
