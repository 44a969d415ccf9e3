package com.fintune.assessment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * A shadow model's scores for an application another version answered (SHADOW_PREDICTIONS): kept apart from
 * RISK_ASSESSMENTS so that it is never returned, never in a notice and never in the served answers' figures.
 */
@Entity
@Table(name = "SHADOW_PREDICTIONS")
public class ShadowPrediction {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "MODEL_VERSION", nullable = false, length = 64)
    private String modelVersion;
    @Column(name = "SERVED_VERSION", nullable = false, length = 64)
    private String servedVersion;
    @Column(name = "REQUEST_ID", length = 64)
    private String requestId;
    @Column(name = "APPLICATION_ID")
    private Long applicationId;
    @Column(name = "INPUT_HASH", nullable = false, length = 64)
    private String inputHash;
    @Column(name = "PROBABILITIES_JSON", nullable = false, length = 2000)
    private String probabilitiesJson;
    @Column(name = "RISK_SCORE", nullable = false, precision = 5, scale = 2)
    private BigDecimal riskScore;
    @Column(name = "LATENCY_MS", nullable = false)
    private int latencyMs;
    @Column(name = "CREATED_AT", nullable = false)
    private Instant createdAt;

    protected ShadowPrediction() {
    }

    /** The shadow's scores and what it was compared with; {@code requestId}, {@code applicationId} may be null. */
    public ShadowPrediction(String modelVersion, String servedVersion, String requestId, Long applicationId,
                            String inputHash, String probabilitiesJson, BigDecimal riskScore, int latencyMs,
                            Instant createdAt) {
        this.modelVersion = Objects.requireNonNull(modelVersion, "modelVersion");
        this.servedVersion = Objects.requireNonNull(servedVersion, "servedVersion");
        this.requestId = requestId;
        this.applicationId = applicationId;
        this.inputHash = Objects.requireNonNull(inputHash, "inputHash");
        this.probabilitiesJson = Objects.requireNonNull(probabilitiesJson, "probabilitiesJson");
        this.riskScore = Objects.requireNonNull(riskScore, "riskScore");
        this.latencyMs = latencyMs;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    public Long getId() { return id; }
    public String getModelVersion() { return modelVersion; }
    public String getServedVersion() { return servedVersion; }
    public String getRequestId() { return requestId; }
    public Long getApplicationId() { return applicationId; }
    public String getInputHash() { return inputHash; }
    public String getProbabilitiesJson() { return probabilitiesJson; }
    public BigDecimal getRiskScore() { return riskScore; }
    public int getLatencyMs() { return latencyMs; }
    public Instant getCreatedAt() { return createdAt; }
}
