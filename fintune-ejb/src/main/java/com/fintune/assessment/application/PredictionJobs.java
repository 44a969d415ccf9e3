package com.fintune.assessment.application;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

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
        Properties parameters = new Properties();
        parameters.setProperty("batchId", Long.toString(batchId));
        JobOperator operator = BatchRuntime.getJobOperator();
        return operator.start(JOB, parameters);
    }

    /** Opens a batch over the applications waiting for a prediction and starts the job on it. */
    public long startBacklog(String requestId) {
        long batchId = batches.openBacklog(requestId);
        start(batchId);
        return batchId;
    }
}
