package com.fintune.audit.chain;

/**
 * One link of the audit chain: an event, its position, the hash of the entry before it and its own hash,
 * {@code entryHash = SHA-256(previousHash + canonicalJson(sequence + event fields))}.
 *
 * @param sequence     1, 2, 3 … without gaps
 * @param event        what is on record
 * @param previousHash the previous entry's hash ({@link AuditChain#GENESIS_HASH} for the first)
 * @param entryHash    this entry's hash
 */
public record ChainLink(long sequence, AuditEvent event, String previousHash, String entryHash) {
}
