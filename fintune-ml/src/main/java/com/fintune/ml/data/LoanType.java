package com.fintune.ml.data;

/** Who insures or guarantees the loan, with the HMDA "loan type" code (LAR field 5). */
public enum LoanType {
    CONVENTIONAL(1), FHA(2), VA(3), USDA(4);

    private final int hmdaCode;

    LoanType(int hmdaCode) {
        this.hmdaCode = hmdaCode;
    }

    public int hmdaCode() {
        return hmdaCode;
    }

    public static LoanType fromHmdaCode(int code) {
        for (LoanType t : values()) {
            if (t.hmdaCode == code) {
                return t;
            }
        }
        throw new IllegalArgumentException("HMDA loan type must be 1..4, was " + code);
    }
}
