package com.fintune.batch.prediction;

import com.fintune.assessment.application.BatchPredictionService;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Marks the batch RUNNING when the job starts (or restarts) and COMPLETED or FAILED when it ends. */
@Named("predictionJobListener")
@Dependent
public class PredictionJobListener extends AbstractJobListener {

    @Inject
    @BatchProperty(name = "batchId")
    String batchId;

    @Inject
    JobContext job;

    @EJB
    BatchPredictionService batches;

    @Override
    public void beforeJob() {
        batches.started(Long.parseLong(batchId), job.getExecutionId());
    }

    /** While afterJob runs a successful job still reads STARTED; a failed or stopped one reads so already. */
    @Override
    public void afterJob() {
        BatchStatus status = job.getBatchStatus();
        boolean failed = status == BatchStatus.FAILED || status == BatchStatus.STOPPING
                || status == BatchStatus.STOPPED || status == BatchStatus.ABANDONED;
        batches.finished(Long.parseLong(batchId), !failed);
    }
}
