package com.fintune.assessment.application;

/**
 * One unit of a prediction batch: an item of a requested batch (its request JSON) or a backlog application (its id).
 *
 * @param batchId       the batch
 * @param position      item number (requested batch) or application id (backlog): the job's checkpoint
 * @param requestJson   the item's request, or null for a backlog application
 * @param applicationId the backlog application, or null
 */
public record BatchWork(long batchId, long position, String requestJson, Long applicationId) {
}
