package com.fintune.assessment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.io.Serializable;

/** One application of a requested batch and, once predicted, its answer (table PREDICTION_BATCH_ITEMS). */
@Entity
@Table(name = "PREDICTION_BATCH_ITEMS")
public class PredictionBatchItem {

    /** Batch and position. */
    @Embeddable
    public record Key(@Column(name = "BATCH_ID") Long batchId, @Column(name = "ITEM_NO") Integer itemNo)
            implements Serializable {
    }

    @EmbeddedId
    private Key key;
    @Column(name = "REQUEST_JSON", nullable = false, length = 16000)
    private String requestJson;
    @Column(name = "ASSESSMENT_ID")
    private Long assessmentId;
    @Column(name = "FAILURE", length = 500)
    private String failure;
    @Column(name = "ANSWER_JSON", length = 16000)
    private String answerJson;

    protected PredictionBatchItem() {
    }

    public PredictionBatchItem(long batchId, int itemNo, String requestJson) {
        this.key = new Key(batchId, itemNo);
        this.requestJson = requestJson;
    }

    public void answered(Long assessmentId, String answerJson) {
        this.assessmentId = assessmentId;
        this.answerJson = answerJson;
    }

    /** The item could not be predicted: the reason, in plain words (at most 500 characters). */
    public void failed(String reason) {
        this.failure = reason.length() > 500 ? reason.substring(0, 497) + "..." : reason;
    }

    public long getBatchId() { return key.batchId(); }
    public int getItemNo() { return key.itemNo(); }
    public String getRequestJson() { return requestJson; }
    public Long getAssessmentId() { return assessmentId; }
    public String getAnswerJson() { return answerJson; }
    public String getFailure() { return failure; }
}
