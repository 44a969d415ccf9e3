/**
 * The predict-applications job's artifacts (reader, processor, writer, listener; job XML in META-INF/batch-jobs).
 * Thin: every step calls fintune-ejb's BatchPredictionService; PredictionJobs there starts the job.
 */
package com.fintune.batch.prediction;
