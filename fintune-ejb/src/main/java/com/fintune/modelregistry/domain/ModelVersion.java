package com.fintune.modelregistry.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** A registered model checkpoint (table MODEL_VERSIONS) with its evaluation metrics as JSON. */
@Entity
@Table(name = "MODEL_VERSIONS")
public class ModelVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "VERSION", nullable = false, unique = true, length = 64)
    private String version;
    @Column(name = "CREATED_AT", nullable = false)
    private Instant createdAt;
    @Column(name = "ARTIFACT_PATH", nullable = false, length = 1000)
    private String artifactPath;
    @Column(name = "METRICS_JSON", length = 100000)
    private String metricsJson;
    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false, length = 20)
    private ModelStatus status;
    @Column(name = "ACTIVATED_AT")
    private Instant activatedAt;

    protected ModelVersion() {
    }

    public ModelVersion(String version, String artifactPath, String metricsJson) {
        this.version = Objects.requireNonNull(version, "version");
        this.artifactPath = Objects.requireNonNull(artifactPath, "artifactPath");
        this.metricsJson = metricsJson;
        this.status = ModelStatus.CANDIDATE;
        this.createdAt = Instant.now();
    }

    public void activate() {
        this.status = ModelStatus.ACTIVE;
        this.activatedAt = Instant.now();
    }

    /** Keeps the evaluation that now sits beside the weights (it may have been written after registration). */
    public void recordEvaluation(String metricsJson) {
        this.metricsJson = metricsJson;
    }

    public void retire() {
        this.status = ModelStatus.RETIRED;
    }

    public Long getId() { return id; }
    public String getVersion() { return version; }
    public Instant getCreatedAt() { return createdAt; }
    public String getArtifactPath() { return artifactPath; }
    public String getMetricsJson() { return metricsJson; }
    public ModelStatus getStatus() { return status; }
    public Instant getActivatedAt() { return activatedAt; }
}
