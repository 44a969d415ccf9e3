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
 * One prediction (table RISK_ASSESSMENTS). Probabilities are stored as JSON text in ReasonCategory order so the
 * row can be read without the model; the input hash ties it to exactly what the model saw; the answer is kept as
 * the exact JSON text first sent; {@code assessedBy} is the account that asked (INTEGRATION accounts see only theirs).
 */
@Entity
@Table(name = "RISK_ASSESSMENTS")
public class RiskAssessment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "APPLICATION_ID")
    private Long applicationId;
    @Column(name = "REQUEST_ID", nullable = false, length = 64)
    private String requestId;
    @Column(name = "INPUT_HASH", nullable = false, length = 64)
    private String inputHash;
    @Column(name = "PROBABILITIES_JSON", nullable = false, length = 2000)
    private String probabilitiesJson;
    @Column(name = "RISK_SCORE", nullable = false, precision = 6, scale = 2)
    private BigDecimal riskScore;
    @Column(name = "TOP_REASONS", length = 200)
    private String topReasons;
    @Column(name = "DECISION", length = 30)
    private String decision;
    @Column(name = "MODEL_VERSION", nullable = false, length = 64)
    private String modelVersion;
    @Column(name = "LATENCY_MS")
    private Integer latencyMillis;
    @Column(name = "CHANNEL", length = 20)
    private String channel;
    @Column(name = "ASSESSED_BY", length = 100)
    private String assessedBy;
    @Column(name = "ASSESSED_AT", nullable = false)
    private Instant assessedAt;
    /** TEXT (CLOB on H2): never loaded by list queries, which select summary columns only. */
    @Column(name = "ANSWER_JSON")
    private String answerJson;
    @Column(name = "APPLICATION_JSON")
    private String applicationJson;

    protected RiskAssessment() {
    }

    public RiskAssessment(String requestId, String inputHash, String probabilitiesJson, BigDecimal riskScore,
                          String modelVersion, Instant assessedAt) {
        this.requestId = Objects.requireNonNull(requestId, "requestId");
        this.inputHash = Objects.requireNonNull(inputHash, "inputHash");
        this.probabilitiesJson = Objects.requireNonNull(probabilitiesJson, "probabilitiesJson");
        this.riskScore = Objects.requireNonNull(riskScore, "riskScore");
        this.modelVersion = Objects.requireNonNull(modelVersion, "modelVersion");
        this.assessedAt = Objects.requireNonNull(assessedAt, "assessedAt");
    }

    /** Links the assessment to a stored application (assessments of ad-hoc input have none). */
    public void forApplication(Long applicationId) { this.applicationId = applicationId; }

    /** What was concluded: reasons strongest first (comma-separated ReasonCategory names) and the decision. */
    public void concluded(String topReasons, String decision) {
        this.topReasons = topReasons;
        this.decision = decision;
    }

    /** How and by whom it was asked, and how long the model took. */
    public void served(String channel, String assessedBy, Integer latencyMillis) {
        this.channel = channel;
        this.assessedBy = assessedBy;
        this.latencyMillis = latencyMillis;
    }

    /** The answer exactly as first sent (JSON text); set once, in the prediction's own transaction. */
    public void answered(String answerJson) {
        if (this.answerJson != null) {
            throw new IllegalStateException("prediction " + id + " already has its answer");
        }
        this.answerJson = Objects.requireNonNull(answerJson, "answerJson");
    }

    /** The application as the model read it (JSON text, schema V1_5), so that the answer can be explained later. */
    public void read(String applicationJson) {
        this.applicationJson = Objects.requireNonNull(applicationJson, "applicationJson");
    }

    public Long getId() { return id; }
    public Long getApplicationId() { return applicationId; }
    public String getRequestId() { return requestId; }
    public String getInputHash() { return inputHash; }
    public String getProbabilitiesJson() { return probabilitiesJson; }
    public BigDecimal getRiskScore() { return riskScore; }
    public String getTopReasons() { return topReasons; }
    public String getDecision() { return decision; }
    public String getModelVersion() { return modelVersion; }
    public Integer getLatencyMillis() { return latencyMillis; }
    public String getChannel() { return channel; }
    public String getAssessedBy() { return assessedBy; }
    public Instant getAssessedAt() { return assessedAt; }
    public String getAnswerJson() { return answerJson; }
    public String getApplicationJson() { return applicationJson; }
}
