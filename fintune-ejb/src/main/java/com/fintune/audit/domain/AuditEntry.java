package com.fintune.audit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * One line of AUDIT_LOG. {@code seq} is assigned by the writer (1, 2, 3, ... without gaps) and
 * {@code entryHash} = SHA-256 over {@code prevHash} and the entry's fields, so any edit breaks the chain.
 * Immutable once built: there are no setters, and PostgreSQL refuses UPDATE and DELETE on the table.
 */
@Entity
@Table(name = "AUDIT_LOG")
public class AuditEntry {

    @Id
    @Column(name = "SEQ")
    private long seq;
    @Column(name = "ACTOR", nullable = false, length = 100)
    private String actor;
    @Column(name = "ACTION", nullable = false, length = 60)
    private String action;
    @Column(name = "OCCURRED_AT", nullable = false)
    private Instant occurredAt;
    @Column(name = "REQUEST_ID", length = 64)
    private String requestId;
    @Column(name = "MODEL_VERSION", length = 64)
    private String modelVersion;
    @Column(name = "SUBJECT", length = 200)
    private String subject;
    @Column(name = "INPUT_HASH", length = 64)
    private String inputHash;
    @Column(name = "OUTPUT_HASH", length = 64)
    private String outputHash;
    @Column(name = "PREV_HASH", nullable = false, length = 64)
    private String prevHash;
    @Column(name = "ENTRY_HASH", nullable = false, unique = true, length = 64)
    private String entryHash;

    protected AuditEntry() {
    }

    /** The entry's content; the chain fields come from the writer that knows the previous entry. */
    public record Content(String actor, String action, Instant occurredAt, String requestId, String modelVersion,
                          String subject, String inputHash, String outputHash) {
        public Content {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(action, "action");
            Objects.requireNonNull(occurredAt, "occurredAt");
        }
    }

    public AuditEntry(long seq, Content content, String prevHash, String entryHash) {
        this.seq = seq;
        this.actor = content.actor();
        this.action = content.action();
        this.occurredAt = content.occurredAt();
        this.requestId = content.requestId();
        this.modelVersion = content.modelVersion();
        this.subject = content.subject();
        this.inputHash = content.inputHash();
        this.outputHash = content.outputHash();
        this.prevHash = Objects.requireNonNull(prevHash, "prevHash");
        this.entryHash = Objects.requireNonNull(entryHash, "entryHash");
    }

    public Content content() {
        return new Content(actor, action, occurredAt, requestId, modelVersion, subject, inputHash, outputHash);
    }

    public long getSeq() { return seq; }
    public String getActor() { return actor; }
    public String getAction() { return action; }
    public Instant getOccurredAt() { return occurredAt; }
    public String getRequestId() { return requestId; }
    public String getModelVersion() { return modelVersion; }
    public String getSubject() { return subject; }
    public String getInputHash() { return inputHash; }
    public String getOutputHash() { return outputHash; }
    public String getPrevHash() { return prevHash; }
    public String getEntryHash() { return entryHash; }
}
