package com.fintune.notice.domain;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * An adverse-action notice as issued: a DOCUMENTS_REGISTRY row of type {@link #TYPE} holding the PDF
 * ({@code CONTENT}, BYTEA), its SHA-256 and the prediction it states the reasons of. Never changed once stored;
 * removed only by the retention job.
 */
@Entity
@Table(name = "DOCUMENTS_REGISTRY")
public class StoredNotice {

    public static final String TYPE = "ADVERSE_ACTION_NOTICE";
    public static final String PDF = "application/pdf";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "APPLICATION_ID")
    private Long applicationId;
    @Column(name = "RISK_ASSESSMENT_ID")
    private Long predictionId;
    @Column(name = "DOCUMENT_TYPE", nullable = false, length = 40)
    private String documentType;
    @Column(name = "FILE_NAME", nullable = false, length = 255)
    private String fileName;
    @Column(name = "CONTENT_SHA256", length = 64)
    private String contentSha256;
    @Column(name = "VERIFIED", nullable = false)
    private boolean verified;
    @Column(name = "RECEIVED_AT", nullable = false)
    private Instant receivedAt;
    @Column(name = "CREATED_AT")
    private Instant createdAt;
    @Column(name = "CREATED_BY", length = 100)
    private String createdBy;
    @Column(name = "CONTENT_TYPE", length = 100)
    private String contentType;
    /** BYTEA on both databases (no @Lob: that would be a large-object OID on PostgreSQL). Loaded on access. */
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "CONTENT")
    private byte[] content;

    protected StoredNotice() {
    }

    public StoredNotice(long predictionId, Long applicationId, byte[] pdf, String sha256, Instant createdAt,
                        String createdBy) {
        this.predictionId = predictionId;
        this.applicationId = applicationId;
        this.documentType = TYPE;
        this.fileName = "adverse-action-notice-" + predictionId + ".pdf";
        this.content = Objects.requireNonNull(pdf, "pdf").clone();
        this.contentSha256 = Objects.requireNonNull(sha256, "sha256");
        this.contentType = PDF;
        this.verified = true; // FinTune wrote it: there is nothing to verify
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.receivedAt = createdAt;
        this.createdBy = createdBy;
    }

    public Long getId() { return id; }
    public Long getApplicationId() { return applicationId; }
    public Long getPredictionId() { return predictionId; }
    public String getFileName() { return fileName; }
    public String getContentSha256() { return contentSha256; }
    public Instant getCreatedAt() { return createdAt; }
    public String getCreatedBy() { return createdBy; }
    public byte[] getContent() { return content == null ? null : content.clone(); }
}
