package com.fintune.ml.taxonomy;

/**
 * HMDA "Action Taken" codes (LAR field 11, Regulation C, 2018 onward).
 */
public enum HmdaActionTaken {
    ORIGINATED(1, "Loan originated"),
    APPROVED_NOT_ACCEPTED(2, "Application approved but not accepted"),
    DENIED(3, "Application denied"),
    WITHDRAWN(4, "Application withdrawn by applicant"),
    CLOSED_INCOMPLETE(5, "File closed for incompleteness"),
    PURCHASED(6, "Purchased loan"),
    PREAPPROVAL_DENIED(7, "Preapproval request denied"),
    PREAPPROVAL_APPROVED_NOT_ACCEPTED(8, "Preapproval request approved but not accepted");

    private final int code;
    private final String description;

    HmdaActionTaken(int code, String description) {
        this.code = code;
        this.description = description;
    }

    public int code() {
        return code;
    }

    public String description() {
        return description;
    }

    /** True for the two actions that require HMDA denial reasons (3 and 7). */
    public boolean isDenial() {
        return this == DENIED || this == PREAPPROVAL_DENIED;
    }

    /** True where the lender approved the credit (1, 2, 8). */
    public boolean isApproval() {
        return this == ORIGINATED || this == APPROVED_NOT_ACCEPTED || this == PREAPPROVAL_APPROVED_NOT_ACCEPTED;
    }

    public static HmdaActionTaken fromCode(int code) {
        for (HmdaActionTaken a : values()) {
            if (a.code == code) {
                return a;
            }
        }
        throw new IllegalArgumentException("HMDA action taken must be 1..8, was " + code);
    }
}
