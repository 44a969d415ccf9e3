package com.fintune.assessment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Objects;

/** A prediction's explanation as first computed (PREDICTION_EXPLANATIONS): written once, then only read. */
@Entity
@Table(name = "PREDICTION_EXPLANATIONS")
public class PredictionExplanation {

    @Id
    @Column(name = "ASSESSMENT_ID")
    private Long assessmentId;
    @Column(name = "MODEL_VERSION", nullable = false, length = 64)
    private String modelVersion;
    @Column(name = "EXPLANATION_JSON", nullable = false)
    private String explanationJson;
    @Column(name = "ELAPSED_MS", nullable = false)
    private int elapsedMillis;
    @Column(name = "CREATED_BY", nullable = false, length = 100)
    private String createdBy;
    @Column(name = "CREATED_AT", nullable = false)
    private Instant createdAt;

    protected PredictionExplanation() {
    }

    public PredictionExplanation(long assessmentId, String modelVersion, String explanationJson, int elapsedMillis,
                                 String createdBy, Instant createdAt) {
        this.assessmentId = assessmentId;
        this.modelVersion = Objects.requireNonNull(modelVersion, "modelVersion");
        this.explanationJson = Objects.requireNonNull(explanationJson, "explanationJson");
        this.elapsedMillis = elapsedMillis;
        this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    public Long getAssessmentId() { return assessmentId; }
    public String getModelVersion() { return modelVersion; }
    public String getExplanationJson() { return explanationJson; }
    public int getElapsedMillis() { return elapsedMillis; }
    public String getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
}
