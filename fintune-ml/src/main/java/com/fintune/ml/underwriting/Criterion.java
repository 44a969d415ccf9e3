package com.fintune.ml.underwriting;

/** One baseline agency eligibility rule an application can fail, in the words the combined text uses. */
public enum Criterion {
    CREDIT_SCORE("score minimum"),
    DTI("DTI limit"),
    LTV("LTV max"),
    LOAN_LIMIT("loan limit"),
    OCCUPANCY("occupancy"),
    PURPOSE("purpose"),
    PROPERTY_TYPE("property type"),
    INCOME_CAP("income cap"),
    CASH("assets short of cash to close and reserves"),
    EMPLOYMENT("employment under 2 years"),
    CREDIT_DEPTH("thin credit file"),
    LATE_PAYMENTS("recent late payments"),
    DEROGATORY("bankruptcy, foreclosure or collections");

    private final String words;

    Criterion(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }
}
