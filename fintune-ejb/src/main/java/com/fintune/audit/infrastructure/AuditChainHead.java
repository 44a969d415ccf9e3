package com.fintune.audit.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The chain's last sequence number and hash (table AUDIT_CHAIN_HEAD, one row). Every append locks this row with
 * SELECT … FOR UPDATE, so concurrent appends, in this JVM or another, queue up until the previous one commits and
 * the chain can never fork. Only this row is ever updated; AUDIT_LOG itself is insert-only.
 */
@Entity
@Table(name = "AUDIT_CHAIN_HEAD")
public class AuditChainHead {

    public static final int ROW_ID = 1;

    @Id
    @Column(name = "ID")
    private int id;
    @Column(name = "SEQ", nullable = false)
    private long sequence;
    @Column(name = "ENTRY_HASH", nullable = false, length = 64)
    private String entryHash;

    protected AuditChainHead() {
    }

    public long sequence() {
        return sequence;
    }

    public String entryHash() {
        return entryHash;
    }

    /** Moves the head to the entry just appended. */
    public void advanceTo(long newSequence, String newHash) {
        if (newSequence != sequence + 1) {
            throw new IllegalStateException("the audit chain head can only advance by one");
        }
        this.sequence = newSequence;
        this.entryHash = newHash;
    }
}
