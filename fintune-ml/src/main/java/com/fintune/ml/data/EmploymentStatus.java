package com.fintune.ml.data;

/** The borrower's main source of earned income. */
public enum EmploymentStatus {
    SALARIED("salaried"),
    SELF_EMPLOYED("self-employed"),
    CONTRACT("contract/temporary"),
    RETIRED("retired"),
    NOT_EMPLOYED("not employed");

    private final String words;

    EmploymentStatus(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }
}
