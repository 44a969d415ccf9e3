package com.fintune.ml.data;

/** Lien position of the new loan, with the HMDA code (LAR field 61). */
public enum LienStatus {
    FIRST(1), SUBORDINATE(2);

    private final int hmdaCode;

    LienStatus(int hmdaCode) {
        this.hmdaCode = hmdaCode;
    }

    public int hmdaCode() {
        return hmdaCode;
    }

    public static LienStatus fromHmdaCode(int code) {
        return switch (code) {
            case 1 -> FIRST;
            case 2 -> SUBORDINATE;
            default -> throw new IllegalArgumentException("HMDA lien status must be 1 or 2, was " + code);
        };
    }
}
