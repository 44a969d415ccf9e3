package com.fintune.assessment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A batch of predictions run by the predict-applications job (table PREDICTION_BATCHES). */
@Entity
@Table(name = "PREDICTION_BATCHES")
public class PredictionBatch {

    /** Where the batch's applications come from. */
    public enum Source { REQUEST, BACKLOG }

    /** Where the batch stands. */
    public enum Status { QUEUED, RUNNING, COMPLETED, FAILED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "SOURCE", nullable = false, length = 20)
    private String source;
    @Column(name = "STATUS", nullable = false, length = 20)
    private String status;
    @Column(name = "SUBMITTED_BY", nullable = false, length = 100)
    private String submittedBy;
    @Column(name = "REQUEST_ID", nullable = false, length = 64)
    private String requestId;
    @Column(name = "TOTAL_ITEMS", nullable = false)
    private int totalItems;
    @Column(name = "DONE_ITEMS", nullable = false)
    private int doneItems;
    @Column(name = "FAILED_ITEMS", nullable = false)
    private int failedItems;
    @Column(name = "JOB_EXECUTION_ID")
    private Long jobExecutionId;
    @Column(name = "CREATED_AT", nullable = false)
    private Instant createdAt;
    @Column(name = "FINISHED_AT")
    private Instant finishedAt;

    protected PredictionBatch() {
    }

    public PredictionBatch(Source source, String submittedBy, String requestId, int totalItems) {
        this.source = source.name();
        this.status = Status.QUEUED.name();
        this.submittedBy = submittedBy;
        this.requestId = requestId;
        this.totalItems = totalItems;
        this.createdAt = Instant.now();
    }

    public void started(long executionId) {
        this.jobExecutionId = executionId;
        this.status = Status.RUNNING.name();
    }

    public void progressed(int items) {
        this.doneItems += items;
    }

    /** The items dealt with, counted from the items themselves (a requested batch). */
    public void done(int items) {
        this.doneItems = items;
    }

    /** For the backlog, whose size is known only when the job starts reading. */
    public void sized(int total) {
        this.totalItems = total;
    }

    public void finished(boolean completed) {
        this.status = (completed ? Status.COMPLETED : Status.FAILED).name();
        this.finishedAt = Instant.now();
    }

    /** Counts one more item that could not be predicted. */
    public void itemFailed() {
        failedItems++;
    }

    public Long getId() { return id; }
    public Source getSource() { return Source.valueOf(source); }
    public Status getStatus() { return Status.valueOf(status); }
    public String getSubmittedBy() { return submittedBy; }
    public String getRequestId() { return requestId; }
    public int getTotalItems() { return totalItems; }
    public int getDoneItems() { return doneItems; }
    public Long getJobExecutionId() { return jobExecutionId; }
    public int getFailedItems() { return failedItems; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getFinishedAt() { return finishedAt; }
}
