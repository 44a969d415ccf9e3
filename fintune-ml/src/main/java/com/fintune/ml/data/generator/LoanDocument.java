package com.fintune.ml.data.generator;

/** A document in a loan file and where it stands. */
public record LoanDocument(Type type, Status status) {

    public enum Type { APPLICATION_1003, PAYSTUBS, W2, TAX_RETURNS, BANK_STATEMENTS, CREDIT_REPORT, APPRAISAL,
        PURCHASE_CONTRACT, VERIFICATION_OF_EMPLOYMENT, GIFT_LETTER, MI_CERTIFICATE }

    public enum Status { RECEIVED, VERIFIED, MISSING, FAILED_VERIFICATION }
}
