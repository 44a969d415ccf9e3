package com.fintune.ml.data;

/** Who insures or guarantees the loan, with the HMDA "loan type" code (LAR field 5). */
public enum LoanType implements HmdaCoded {
    CONVENTIONAL(1), FHA(2), VA(3), USDA(4);

    private final int hmdaCode;

    LoanType(int hmdaCode) {
        this.hmdaCode = hmdaCode;
    }

    @Override
    public int hmdaCode() {
        return hmdaCode;
    }

    public static LoanType fromHmdaCode(int code) {
        return HmdaCoded.byHmdaCode(values(), code).orElseThrow(
                () -> new IllegalArgumentException("HMDA loan type must be 1..4, was " + code));
    }
}
