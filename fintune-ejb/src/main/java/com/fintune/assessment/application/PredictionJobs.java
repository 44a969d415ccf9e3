package com.fintune.assessment.application;

import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import java.util.Optional;
import java.util.Properties;

/** Starts the predict-applications job for a stored batch or for the backlog; returns the execution id. */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PredictionJobs {

    public static final String JOB = "predict-applications";

    @EJB
    BatchPredictionService batches;

    /** Starts the job over a batch already stored (and committed). */
    public long start(long batchId) {
        return BatchRuntime.getJobOperator().start(JOB, parameters(batchId));
    }

    /** Restarts a batch's failed or stopped execution from its last checkpoint; returns the new execution id. */
    public long restart(long batchId, long executionId) {
        return BatchRuntime.getJobOperator().restart(executionId, parameters(batchId));
    }

    /**
     * Restarts a batch that failed (or that a stopped server left RUNNING) from its last checkpoint, for an ADMIN.
     *
     * @return false when there is no such batch
     * @throws BatchNotRestartableException when it is running, completed or was never started
     */
    public boolean restartBatch(long batchId) {
        Optional<BatchStatus> status = batches.status(batchId);
        if (status.isEmpty()) {
            return false;
        }
        Long execution = batches.executionOf(batchId);
        if (execution == null) {
            throw new BatchNotRestartableException("Batch " + batchId + " was never started, so it has no checkpoint "
                    + "to restart from.");
        }
        jakarta.batch.runtime.BatchStatus job = BatchRuntime.getJobOperator().getJobExecution(execution)
                .getBatchStatus();
        if (job == jakarta.batch.runtime.BatchStatus.COMPLETED || "COMPLETED".equals(status.get().status())) {
            throw new BatchNotRestartableException("Batch " + batchId + " has completed; there is nothing to restart.");
        }
        if (job != jakarta.batch.runtime.BatchStatus.FAILED && job != jakarta.batch.runtime.BatchStatus.STOPPED) {
            throw new BatchNotRestartableException("Batch " + batchId + " is still running (" + job + "); only a "
                    + "failed or stopped batch can be restarted.");
        }
        restart(batchId, execution);
        return true;
    }

    /** The job parameters a batch's executions run with. */
    static Properties parameters(long batchId) {
        Properties p = new Properties();
        p.setProperty("batchId", Long.toString(batchId));
        return p;
    }

    /** Opens a batch over the applications waiting for a prediction and starts the job on it. */
    public long startBacklog(String requestId) {
        long batchId = batches.openBacklog(requestId);
        start(batchId);
        return batchId;
    }
}
