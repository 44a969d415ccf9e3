package com.fintune.ml.taxonomy;

import java.util.List;

/**
 * HMDA "Reason for Denial" codes (LAR fields 68-71) and how each maps onto FinTune's finer taxonomy.
 * Codes 1 and 3 are ambiguous (one HMDA code, several FinTune categories); {@link #defaultCategory()} is the
 * category an importer assigns when nothing else in the record disambiguates.
 */
public enum HmdaDenialReason {
    DEBT_TO_INCOME(1, "Debt-to-income ratio", List.of(ReasonCategory.DTI, ReasonCategory.INCOME)),
    EMPLOYMENT_HISTORY(2, "Employment history", List.of(ReasonCategory.EMPLOYMENT)),
    CREDIT_HISTORY(3, "Credit history",
            List.of(ReasonCategory.DELINQUENCY, ReasonCategory.DEROGATORY, ReasonCategory.THIN_FILE)),
    COLLATERAL(4, "Collateral", List.of(ReasonCategory.COLLATERAL)),
    INSUFFICIENT_CASH(5, "Insufficient cash (downpayment, closing costs)", List.of(ReasonCategory.CASH)),
    UNVERIFIABLE_INFORMATION(6, "Unverifiable information", List.of(ReasonCategory.UNVERIFIABLE)),
    CREDIT_APPLICATION_INCOMPLETE(7, "Credit application incomplete", List.of(ReasonCategory.INCOMPLETE)),
    MORTGAGE_INSURANCE_DENIED(8, "Mortgage insurance denied", List.of(ReasonCategory.MORTGAGE_INSURANCE)),
    OTHER(9, "Other", List.of(ReasonCategory.OTHER_POLICY)),
    NOT_APPLICABLE(10, "Not applicable", List.of());

    private final int code;
    private final String description;
    private final List<ReasonCategory> categories;

    HmdaDenialReason(int code, String description, List<ReasonCategory> categories) {
        this.code = code;
        this.description = description;
        this.categories = categories;
    }

    public int code() {
        return code;
    }

    public String description() {
        return description;
    }

    /** Every FinTune category this HMDA code can stand for (empty for 10, not applicable). */
    public List<ReasonCategory> categories() {
        return categories;
    }

    /** The category chosen when the record gives no further evidence; null for "not applicable". */
    public ReasonCategory defaultCategory() {
        return categories.isEmpty() ? null : categories.get(0);
    }

    public boolean isAmbiguous() {
        return categories.size() > 1;
    }

    public static HmdaDenialReason fromCode(int code) {
        if (code < 1 || code > 10) {
            throw new IllegalArgumentException("HMDA denial reason must be 1..10, was " + code);
        }
        return values()[code - 1];
    }

    /** The HMDA code a FinTune category is reported under. */
    public static HmdaDenialReason of(ReasonCategory category) {
        return fromCode(category.hmdaCode());
    }
}
