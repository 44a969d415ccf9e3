package com.fintune.ml.data;

/** Why the borrower wants the loan, with the HMDA "loan purpose" code (LAR field 6). */
public enum LoanPurpose implements HmdaCoded {
    PURCHASE(1, "purchase"),
    HOME_IMPROVEMENT(2, "home improvement"),
    REFINANCE(31, "refinance"),
    CASH_OUT_REFINANCE(32, "cash-out refinance"),
    OTHER(4, "other purpose");

    private final int hmdaCode;
    private final String words;

    LoanPurpose(int hmdaCode, String words) {
        this.hmdaCode = hmdaCode;
        this.words = words;
    }

    @Override
    public int hmdaCode() {
        return hmdaCode;
    }

    /** How the purpose reads in a sentence. */
    public String words() {
        return words;
    }

    /** HMDA code 5 ("not applicable", purchased loans) has no FinTune purpose and maps to OTHER. */
    public static LoanPurpose fromHmdaCode(int code) {
        if (code == 5) {
            return OTHER;
        }
        return HmdaCoded.byHmdaCode(values(), code).orElseThrow(
                () -> new IllegalArgumentException("HMDA loan purpose must be 1, 2, 31, 32, 4 or 5, was " + code));
    }
}
