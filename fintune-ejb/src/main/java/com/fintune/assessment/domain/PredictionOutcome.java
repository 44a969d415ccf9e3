package com.fintune.assessment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Objects;

/**
 * The final decision a person recorded for a prediction (PREDICTION_OUTCOMES): APPROVE, DENY or WITHDRAW with an
 * optional comment. One per prediction, written once and then only read.
 */
@Entity
@Table(name = "PREDICTION_OUTCOMES")
public class PredictionOutcome {

    @Id
    @Column(name = "ASSESSMENT_ID")
    private Long assessmentId;
    @Column(name = "DECISION", nullable = false, length = 16)
    private String decision;
    @Column(name = "COMMENT_TEXT", length = 2000)
    private String comment;
    @Column(name = "RECORDED_BY", nullable = false, length = 100)
    private String recordedBy;
    @Column(name = "RECORDED_AT", nullable = false)
    private Instant recordedAt;

    protected PredictionOutcome() {
    }

    public PredictionOutcome(long assessmentId, String decision, String comment, String recordedBy,
                             Instant recordedAt) {
        this.assessmentId = assessmentId;
        this.decision = Objects.requireNonNull(decision, "decision");
        this.comment = comment;
        this.recordedBy = Objects.requireNonNull(recordedBy, "recordedBy");
        this.recordedAt = Objects.requireNonNull(recordedAt, "recordedAt");
    }

    public Long getAssessmentId() { return assessmentId; }
    public String getDecision() { return decision; }
    public String getComment() { return comment; }
    public String getRecordedBy() { return recordedBy; }
    public Instant getRecordedAt() { return recordedAt; }
}
