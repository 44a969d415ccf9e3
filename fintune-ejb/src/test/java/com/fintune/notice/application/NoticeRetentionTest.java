package com.fintune.notice.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class NoticeRetentionTest {

    @Test
    void theAuditSubjectSaysHowManyAndWhichFittingTheColumn() {
        assertEquals("notices-removed:0", NoticeRetention.subject(List.of()));
        assertEquals("notices-removed:2 ids:7,9", NoticeRetention.subject(List.of(
                new RetentionOutcome.Removed(7, 1L, "a"), new RetentionOutcome.Removed(9, null, "b"))));
        var many = LongStream.rangeClosed(1000, 1100).mapToObj(i -> new RetentionOutcome.Removed(i, i, "h")).toList();
        String subject = NoticeRetention.subject(many);
        assertEquals(200, subject.length());
        assertTrue(subject.startsWith("notices-removed:101 ids:1000,1001,"), subject);
    }
}
