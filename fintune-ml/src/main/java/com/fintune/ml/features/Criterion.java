package com.fintune.ml.features;

/** One baseline agency eligibility rule an application can fail, in the words the combined text uses. */
public enum Criterion {
    CREDIT_SCORE("score below program minimum"),
    DTI("DTI over program limit"),
    LTV("LTV over program maximum"),
    LOAN_LIMIT("loan amount outside program limits"),
    OCCUPANCY("occupancy not eligible"),
    PURPOSE("purpose not eligible"),
    PROPERTY_TYPE("property type not eligible"),
    INCOME_CAP("income over program cap"),
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
