package com.fintune.ml.notice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fintune.ml.taxonomy.ReasonCategory;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AdverseActionNoticeTest {

    @Test
    void moreThanFourReasonsAreRefused() {
        var five = List.of(ReasonCategory.DTI, ReasonCategory.INCOME, ReasonCategory.CASH, ReasonCategory.COLLATERAL,
                ReasonCategory.EMPLOYMENT);
        var e = assertThrows(IllegalArgumentException.class, () -> NoticeFixtures.notice(five, null));
        assertEquals("a notice states at most 4 principal reasons, 5 were given", e.getMessage());
    }

    @Test
    void aNoticeNeedsAReasonAndNoReasonTwice() {
        assertThrows(IllegalArgumentException.class, () -> NoticeFixtures.notice(List.of(), null));
        assertThrows(IllegalArgumentException.class, () -> NoticeFixtures.notice(List.of(ReasonCategory.DTI,
                ReasonCategory.DTI), null));
    }

    @Test
    void moreThanFourKeyFactorsOrAScoreOutsideItsRangeAreRefused() {
        var date = LocalDate.of(2025, 1, 2);
        assertThrows(IllegalArgumentException.class, () -> CreditScoreDisclosure.of(700,
                List.of("a", "b", "c", "d", "e"), date, NoticeFixtures.BUREAU));
        assertThrows(IllegalArgumentException.class, () -> CreditScoreDisclosure.of(900, List.of(), date,
                NoticeFixtures.BUREAU));
    }

    @Test
    void plainTextKeepsTheCallersOrder() {
        String text = NoticeText.render(NoticeFixtures.notice(List.of(ReasonCategory.CASH, ReasonCategory.DTI), null));
        assertTrue(text.contains("1. " + ReasonCategory.CASH.noticeText() + "\n2. " + ReasonCategory.DTI.noticeText()),
                text);
        assertTrue(text.contains(NoticeWording.NO_SCORE), text);
    }
}
