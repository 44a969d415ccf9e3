package com.fintune.assessment.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fintune.assessment.application.StaleBatchRule.Action;
import jakarta.batch.runtime.BatchStatus;
import org.junit.jupiter.api.Test;

/** What recovery does with a batch still recorded as RUNNING, by its execution's status. */
class StaleBatchRuleTest {

    @Test
    void aRunningExecutionIsLeftAlone() {
        assertEquals(Action.NONE, StaleBatchRule.decide(BatchStatus.STARTED, 1));
        assertEquals(Action.NONE, StaleBatchRule.decide(BatchStatus.STARTING, 1));
        assertEquals(Action.NONE, StaleBatchRule.decide(BatchStatus.STOPPING, 1));
    }

    @Test
    void anExecutionADeadServerLeftFailedIsRestartedButNotForever() {
        assertEquals(Action.RESTART, StaleBatchRule.decide(BatchStatus.FAILED, 1));
        assertEquals(Action.RESTART, StaleBatchRule.decide(BatchStatus.STOPPED, StaleBatchRule.MAX_EXECUTIONS - 1));
        assertEquals(Action.MARK_FAILED, StaleBatchRule.decide(BatchStatus.FAILED, StaleBatchRule.MAX_EXECUTIONS));
    }

    @Test
    void anEndedExecutionTheBatchWasNotToldAboutIsRecorded() {
        assertEquals(Action.MARK_COMPLETED, StaleBatchRule.decide(BatchStatus.COMPLETED, 1));
        assertEquals(Action.MARK_FAILED, StaleBatchRule.decide(BatchStatus.ABANDONED, 2));
    }
}
