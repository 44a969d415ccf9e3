package com.fintune.ml.taxonomy;

import java.util.Locale;

/**
 * The 12 principal reasons a mortgage application is not approvable, in the model's output order
 * ({@link #index()} 0..11, {@link #code()} 1..12). Each carries the HMDA "reason for denial" code it is reported
 * under (several categories share a HMDA code: HMDA is coarser than FinTune) and the sample reason text of
 * Regulation B (12 CFR 1002, Appendix C, form C-1) used in adverse-action notices.
 */
public enum ReasonCategory {
    DTI("Debt-to-income ratio",
            "Monthly debt payments (including the proposed housing payment) are too high relative to income",
            1, "Excessive obligations in relation to income",
            "Pay down or pay off revolving or instalment debts, add a co-borrower's income, or request a smaller loan."),
    INCOME("Insufficient income",
            "Documented income is insufficient for the amount of credit requested",
            1, "Income insufficient for amount of credit requested",
            "Request a smaller loan amount, add a co-borrower, or document additional stable income."),
    EMPLOYMENT("Employment history",
            "Length or stability of employment is insufficient (usually less than two years or irregular income)",
            2, "Length of employment; temporary or irregular employment",
            "Reapply after establishing a two-year employment history, or document the previous employment and any gap."),
    DELINQUENCY("Delinquent credit obligations",
            "Delinquent past or present credit obligations or a credit score below program minimums",
            3, "Delinquent past or present credit obligations with others",
            "Bring all accounts current and keep them current for at least 12 months; check your credit report for errors."),
    DEROGATORY("Derogatory public record",
            "Bankruptcy, foreclosure, collection action, garnishment or judgment",
            3, "Bankruptcy; garnishment, attachment, foreclosure, repossession, collection action, or judgment",
            "Wait out the seasoning period after bankruptcy or foreclosure and resolve open collections or judgments."),
    THIN_FILE("Limited credit history",
            "Limited or no credit history: too few tradelines or too short a history to assess",
            3, "Limited credit experience; no credit file",
            "Build credit history (e.g. 3+ tradelines over 12+ months) or document non-traditional credit such as rent and utilities."),
    COLLATERAL("Collateral",
            "Value or type of the collateral is insufficient; loan-to-value ratio too high",
            4, "Value or type of collateral not sufficient",
            "Increase the down payment, choose a lower-priced property, or request a reconsideration of value."),
    CASH("Insufficient cash",
            "Insufficient funds for down payment, closing costs or required reserves",
            5, "Insufficient funds to close the loan or meet reserve requirements",
            "Document additional assets or an eligible gift, or look for down-payment assistance."),
    UNVERIFIABLE("Unverifiable information",
            "Income, employment, assets or other information could not be verified",
            6, "Unable to verify income; unable to verify employment",
            "Provide verifiable documentation (pay stubs, W-2s, tax transcripts, bank statements, a verification of employment)."),
    INCOMPLETE("Incomplete application",
            "The credit application is incomplete: required information or documents were not provided",
            7, "Credit application incomplete",
            "Supply the missing documents or information listed in the notice of incompleteness."),
    MORTGAGE_INSURANCE("Mortgage insurance denied",
            "The mortgage insurer declined to insure the loan",
            8, "Mortgage insurance denied",
            "Increase the down payment to 20% so that mortgage insurance is not required, or apply for an FHA/VA/USDA product."),
    OTHER_POLICY("Outside program terms",
            "The request falls outside program terms: loan limits, occupancy, property type or other policy",
            9, "We do not grant credit to any applicant on the terms and conditions you request",
            "Ask for a product whose terms fit the request (e.g. a jumbo or investment-property program).");

    /** Number of categories: the width of the model's multi-label head. */
    public static final int COUNT = 12;

    private static final ReasonCategory[] BY_INDEX = values();

    private final String displayName;
    private final String meaning;
    private final int hmdaCode;
    private final String noticeText;
    private final String remediationHint;

    ReasonCategory(String displayName, String meaning, int hmdaCode, String noticeText, String remediationHint) {
        this.displayName = displayName;
        this.meaning = meaning;
        this.hmdaCode = hmdaCode;
        this.noticeText = noticeText;
        this.remediationHint = remediationHint;
    }

    /** FinTune code 1..12. */
    public int code() {
        return ordinal() + 1;
    }

    /** Position in the model's output vector, 0..11. */
    public int index() {
        return ordinal();
    }

    public String displayName() {
        return displayName;
    }

    /** One sentence saying what the category covers. */
    public String meaning() {
        return meaning;
    }

    /** HMDA "reason for denial" code (1..9) this category is reported under. */
    public int hmdaCode() {
        return hmdaCode;
    }

    /** Regulation B sample reason for the adverse-action notice. */
    public String noticeText() {
        return noticeText;
    }

    /** What the applicant could do about it. */
    public String remediationHint() {
        return remediationHint;
    }

    public static ReasonCategory fromIndex(int index) {
        if (index < 0 || index >= COUNT) {
            throw new IllegalArgumentException("reason index must be 0.." + (COUNT - 1) + ", was " + index);
        }
        return BY_INDEX[index];
    }

    public static ReasonCategory fromCode(int code) {
        return fromIndex(code - 1);
    }

    /** Accepts the enum name in any case, with '-' or ' ' for '_' (e.g. "mortgage insurance"). */
    public static ReasonCategory fromName(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("reason name is blank");
        }
        String key = name.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        try {
            return valueOf(key);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown reason category '" + name + "'", e);
        }
    }
}
