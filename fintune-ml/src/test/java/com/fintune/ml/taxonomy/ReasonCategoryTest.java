package com.fintune.ml.taxonomy;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReasonCategoryTest {

    @Test
    void orderAndCodesFollowTheContract() {
        List<String> expected = List.of("DTI", "INCOME", "EMPLOYMENT", "DELINQUENCY", "DEROGATORY", "THIN_FILE",
                "COLLATERAL", "CASH", "UNVERIFIABLE", "INCOMPLETE", "MORTGAGE_INSURANCE", "OTHER_POLICY");
        assertEquals(ReasonCategory.COUNT, ReasonCategory.values().length);
        for (int i = 0; i < expected.size(); i++) {
            ReasonCategory c = ReasonCategory.fromIndex(i);
            assertEquals(expected.get(i), c.name());
            assertEquals(i, c.index());
            assertEquals(i + 1, c.code());
            assertSame(c, ReasonCategory.fromCode(i + 1));
            assertFalse(c.noticeText().isBlank());
            assertFalse(c.remediationHint().isBlank());
        }
    }

    @Test
    void hmdaCodesMatchTheIssueTable() {
        int[] hmda = {1, 1, 2, 3, 3, 3, 4, 5, 6, 7, 8, 9};
        for (ReasonCategory c : ReasonCategory.values()) {
            assertEquals(hmda[c.index()], c.hmdaCode(), c.name());
            assertTrue(HmdaDenialReason.of(c).categories().contains(c));
        }
    }

    @Test
    void namesParseLeniently() {
        assertSame(ReasonCategory.MORTGAGE_INSURANCE, ReasonCategory.fromName(" mortgage-insurance "));
        assertSame(ReasonCategory.THIN_FILE, ReasonCategory.fromName("thin file"));
        assertThrows(IllegalArgumentException.class, () -> ReasonCategory.fromName("AGE"));
        assertThrows(IllegalArgumentException.class, () -> ReasonCategory.fromIndex(12));
    }

    @Test
    void hmdaCodesRoundTrip() {
        for (HmdaActionTaken a : HmdaActionTaken.values()) {
            assertSame(a, HmdaActionTaken.fromCode(a.code()));
        }
        assertTrue(HmdaActionTaken.PREAPPROVAL_DENIED.isDenial());
        assertThrows(IllegalArgumentException.class, () -> HmdaActionTaken.fromCode(9));
        assertTrue(HmdaDenialReason.CREDIT_HISTORY.isAmbiguous());
        assertNull(HmdaDenialReason.NOT_APPLICABLE.defaultCategory());
    }
}
