package com.fintune.monitoring.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** One drift check of the serving model's recent predictions against its drift reference (DRIFT_RUNS). */
@Entity
@Table(name = "DRIFT_RUNS")
public class DriftRun {

    /** The window held enough predictions and every column was measured. */
    public static final String MEASURED = "MEASURED";
    /** The window held fewer predictions than the minimum; nothing was measured. */
    public static final String TOO_FEW_PREDICTIONS = "TOO_FEW_PREDICTIONS";

    /** What a run was asked to measure and with which reference and thresholds. */
    public record Scope(String modelVersion, String referenceModelVersion, String referenceSource, Instant from,
                        Instant to, double expectedOutOfVocabularyRate, double watch, double act, Long jobExecutionId,
                        String requestedBy) {
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "MODEL_VERSION", nullable = false, length = 64)
    private String modelVersion;
    @Column(name = "REFERENCE_MODEL_VERSION", nullable = false, length = 64)
    private String referenceModelVersion;
    @Column(name = "REFERENCE_SOURCE", length = 200)
    private String referenceSource;
    @Column(name = "WINDOW_FROM", nullable = false)
    private Instant windowFrom;
    @Column(name = "WINDOW_TO", nullable = false)
    private Instant windowTo;
    @Column(name = "PREDICTIONS", nullable = false)
    private int predictions;
    @Column(name = "SKIPPED", nullable = false)
    private int skipped;
    @Column(name = "OOV_RATE")
    private Double outOfVocabularyRate;
    @Column(name = "EXPECTED_OOV_RATE", nullable = false)
    private double expectedOutOfVocabularyRate;
    @Column(name = "WATCH_THRESHOLD", nullable = false)
    private double watchThreshold;
    @Column(name = "ACT_THRESHOLD", nullable = false)
    private double actThreshold;
    @Column(name = "STATUS", nullable = false, length = 30)
    private String status;
    @Column(name = "JOB_EXECUTION_ID")
    private Long jobExecutionId;
    @Column(name = "REQUESTED_BY", nullable = false, length = 100)
    private String requestedBy;
    @Column(name = "COMPLETED_AT", nullable = false)
    private Instant completedAt;

    protected DriftRun() {
    }

    public DriftRun(Scope scope, String status, int predictions, int skipped, Double outOfVocabularyRate) {
        this.modelVersion = Objects.requireNonNull(scope.modelVersion(), "modelVersion");
        this.referenceModelVersion = Objects.requireNonNull(scope.referenceModelVersion(), "referenceModelVersion");
        String source = scope.referenceSource();
        this.referenceSource = source == null || source.length() <= 200 ? source : source.substring(0, 200);
        this.windowFrom = scope.from();
        this.windowTo = scope.to();
        this.expectedOutOfVocabularyRate = scope.expectedOutOfVocabularyRate();
        this.watchThreshold = scope.watch();
        this.actThreshold = scope.act();
        this.jobExecutionId = scope.jobExecutionId();
        this.requestedBy = scope.requestedBy();
        this.status = status;
        this.predictions = predictions;
        this.skipped = skipped;
        this.outOfVocabularyRate = outOfVocabularyRate == null || outOfVocabularyRate.isNaN() ? null
                : outOfVocabularyRate;
        this.completedAt = Instant.now();
    }

    public Long getId() { return id; }
    public String getModelVersion() { return modelVersion; }
    public String getReferenceModelVersion() { return referenceModelVersion; }
    public String getReferenceSource() { return referenceSource; }
    public Instant getWindowFrom() { return windowFrom; }
    public Instant getWindowTo() { return windowTo; }
    public int getPredictions() { return predictions; }
    public int getSkipped() { return skipped; }
    public Double getOutOfVocabularyRate() { return outOfVocabularyRate; }
    public double getExpectedOutOfVocabularyRate() { return expectedOutOfVocabularyRate; }
    public double getWatchThreshold() { return watchThreshold; }
    public double getActThreshold() { return actThreshold; }
    public String getStatus() { return status; }
    public Long getJobExecutionId() { return jobExecutionId; }
    public String getRequestedBy() { return requestedBy; }
    public Instant getCompletedAt() { return completedAt; }
}
