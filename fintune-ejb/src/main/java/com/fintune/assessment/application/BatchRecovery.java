package com.fintune.assessment.application;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RunAs;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every minute, finds prediction batches recorded as RUNNING whose job execution is no longer running — what a
 * server killed mid-batch leaves behind — and restarts them from their last checkpoint ({@link StaleBatchRule}).
 * Runs as the server's batch identity ({@code batchrunner}, role BATCH_RUNNER): a timer has no caller, and batch
 * security needs one.
 */
@Singleton
@DeclareRoles("BATCH_RUNNER")
@RunAs("BATCH_RUNNER")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BatchRecovery {

    private static final Logger LOG = Logger.getLogger(BatchRecovery.class.getName());

    @EJB
    BatchPredictionService batches;

    @EJB
    PredictionJobs jobs;

    @Schedule(hour = "*", minute = "*", persistent = false)
    void sweep() {
        for (BatchPredictionService.RunningBatch b : batches.running()) {
            try {
                recover(b);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not check or recover prediction batch " + b.batchId(), e);
            }
        }
    }

    private void recover(BatchPredictionService.RunningBatch b) {
        JobOperator operator = BatchRuntime.getJobOperator();
        JobExecution execution = operator.getJobExecution(b.executionId());
        int executions = operator.getJobExecutions(operator.getJobInstance(b.executionId())).size();
        switch (StaleBatchRule.decide(execution.getBatchStatus(), executions)) {
            case RESTART -> {
                long next = jobs.restart(b.batchId(), b.executionId());
                LOG.warning(() -> "Prediction batch " + b.batchId() + " was left RUNNING by execution "
                        + b.executionId() + " (" + execution.getBatchStatus() + "); restarted from its checkpoint as "
                        + "execution " + next);
            }
            case MARK_COMPLETED -> batches.finished(b.batchId(), true);
            case MARK_FAILED -> {
                batches.finished(b.batchId(), false);
                LOG.warning(() -> "Prediction batch " + b.batchId() + " marked FAILED after " + executions
                        + " executions; restart it by hand (POST /api/v1/batch-predict/" + b.batchId() + "/restart)");
            }
            case NONE -> { }
        }
    }
}
