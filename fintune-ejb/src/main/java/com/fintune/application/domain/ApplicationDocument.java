package com.fintune.application.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** A document received for an application (pay stub, W-2, appraisal, ...): registered by name and hash. */
@Entity
@Table(name = "DOCUMENTS_REGISTRY")
public class ApplicationDocument {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "APPLICATION_ID", nullable = false)
    private MortgageApplication application;
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

    protected ApplicationDocument() {
    }

    public ApplicationDocument(MortgageApplication application, String documentType, String fileName,
                               String contentSha256) {
        this.application = application;
        this.documentType = documentType;
        this.fileName = fileName;
        this.contentSha256 = contentSha256;
        this.receivedAt = Instant.now();
    }

    public Long getId() { return id; }
    public MortgageApplication getApplication() { return application; }
    public String getDocumentType() { return documentType; }
    public String getFileName() { return fileName; }
    public String getContentSha256() { return contentSha256; }
    public boolean isVerified() { return verified; }
    public void markVerified() { this.verified = true; }
    public Instant getReceivedAt() { return receivedAt; }
}
