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

/**
 * A registered model checkpoint (table MODEL_VERSIONS): where it is, the SHA-256 of each of its files, its lineage,
 * its evaluation as JSON and its place in the lifecycle ({@link ModelLifecycle} decides the moves; this only records
 * them).
 */
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
    @Column(name = "STATUS_CHANGED_AT")
    private Instant statusChangedAt;
    @Column(name = "FILES_JSON", length = 20000)
    private String filesJson;
    @Column(name = "PARENT_VERSION", length = 64)
    private String parentVersion;
    @Column(name = "TRAINING_DATA_FINGERPRINT", length = 200)
    private String trainingDataFingerprint;
    @Column(name = "TRAINING_CONFIG_JSON", length = 20000)
    private String trainingConfigJson;
    @Column(name = "CODE_VERSION", length = 100)
    private String codeVersion;
    @Column(name = "REGISTERED_BY", length = 100)
    private String registeredBy;

    protected ModelVersion() {
    }

    public ModelVersion(String version, String artifactPath, String metricsJson) {
        this.version = Objects.requireNonNull(version, "version");
        this.artifactPath = Objects.requireNonNull(artifactPath, "artifactPath");
        this.metricsJson = metricsJson;
        this.status = ModelStatus.CANDIDATE;
        this.createdAt = Instant.now();
        this.statusChangedAt = createdAt;
    }

    /** A new CANDIDATE with the SHA-256 of its files, its lineage and who registered it. */
    public static ModelVersion candidate(String version, String artifactPath, String metricsJson, String filesJson,
                                         ModelLineage lineage, String registeredBy) {
        ModelVersion v = new ModelVersion(version, artifactPath, metricsJson);
        v.filesJson = filesJson;
        v.parentVersion = lineage.parentVersion();
        v.trainingDataFingerprint = lineage.trainingDataFingerprint();
        v.trainingConfigJson = lineage.trainingConfigJson();
        v.codeVersion = lineage.codeVersion();
        v.registeredBy = registeredBy;
        return v;
    }

    /** Records a move the lifecycle allowed; becoming CHAMPION also stamps ACTIVATED_AT (so it may roll back). */
    public void moveTo(ModelStatus next) {
        Instant now = Instant.now();
        this.status = Objects.requireNonNull(next, "next");
        this.statusChangedAt = now;
        if (next == ModelStatus.CHAMPION) {
            this.activatedAt = now;
        }
    }

    /** Keeps the evaluation that now sits beside the weights (it may have been written after registration). */
    public void recordEvaluation(String metricsJson) {
        this.metricsJson = metricsJson;
    }

    /** Keeps the files' SHA-256 of a version registered before they were recorded. */
    public void recordFiles(String filesJson) {
        this.filesJson = filesJson;
    }

    /** Whether it has been CHAMPION at some time (a retired former champion may come back as a rollback). */
    public boolean servedAsChampion() {
        return activatedAt != null;
    }

    public ModelLineage lineage() {
        return new ModelLineage(parentVersion, trainingDataFingerprint, trainingConfigJson, codeVersion);
    }

    public Long getId() { return id; }
    public String getVersion() { return version; }
    public Instant getCreatedAt() { return createdAt; }
    public String getArtifactPath() { return artifactPath; }
    public String getMetricsJson() { return metricsJson; }
    public ModelStatus getStatus() { return status; }
    public Instant getActivatedAt() { return activatedAt; }
    public Instant getStatusChangedAt() { return statusChangedAt; }
    public String getFilesJson() { return filesJson; }
    public String getRegisteredBy() { return registeredBy; }
}
