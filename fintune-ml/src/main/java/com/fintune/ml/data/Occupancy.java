package com.fintune.ml.data;

/** How the borrower will use the property, with the HMDA "occupancy type" code (LAR field 9). */
public enum Occupancy implements HmdaCoded {
    PRINCIPAL_RESIDENCE(1, "principal residence"),
    SECOND_HOME(2, "second home"),
    INVESTMENT(3, "investment property");

    private final int hmdaCode;
    private final String words;

    Occupancy(int hmdaCode, String words) {
        this.hmdaCode = hmdaCode;
        this.words = words;
    }

    @Override
    public int hmdaCode() {
        return hmdaCode;
    }

    public String words() {
        return words;
    }

    public static Occupancy fromHmdaCode(int code) {
        return HmdaCoded.byHmdaCode(values(), code).orElseThrow(
                () -> new IllegalArgumentException("HMDA occupancy type must be 1..3, was " + code));
    }
}
