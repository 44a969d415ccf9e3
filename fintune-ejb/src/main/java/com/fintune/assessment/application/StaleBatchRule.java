package com.fintune.assessment.application;

import jakarta.batch.runtime.BatchStatus;

/**
 * What to do with a prediction batch that FinTune still records as RUNNING, given its job execution's status in the
 * job repository. A server that stops unexpectedly never runs the job's afterJob, so the batch stays RUNNING; when
 * that server starts again Liberty marks the executions it was running FAILED. Such a batch is restarted from its
 * last checkpoint, at most {@link #MAX_EXECUTIONS} executions in all, so a job that kills its server cannot loop.
 */
final class StaleBatchRule {

    /** Executions a batch may have (the first start and restarts) before recovery gives up on it. */
    static final int MAX_EXECUTIONS = 4;

    enum Action {
        /** Still running, or starting: leave it. */
        NONE,
        /** Its execution ended but the batch was not told: restart it from its checkpoint. */
        RESTART,
        /** It completed but the batch was not told: record COMPLETED. */
        MARK_COMPLETED,
        /** It ended and may not (or cannot) run again: record FAILED. */
        MARK_FAILED
    }

    private StaleBatchRule() {
    }

    static Action decide(BatchStatus execution, int executions) {
        return switch (execution) {
            case STARTING, STARTED, STOPPING -> Action.NONE;
            case COMPLETED -> Action.MARK_COMPLETED;
            case ABANDONED -> Action.MARK_FAILED;
            case FAILED, STOPPED -> executions < MAX_EXECUTIONS ? Action.RESTART : Action.MARK_FAILED;
        };
    }
}
