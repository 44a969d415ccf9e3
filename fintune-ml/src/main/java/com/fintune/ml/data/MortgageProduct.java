package com.fintune.ml.data;

/**
 * The lender's mortgage program an application is for: its name in words and who insures or guarantees it. The
 * program's limits (score, DTI, LTV, loan amount, seasoning, compensating factors) are underwriting rules and live
 * in {@code com.fintune.ml.underwriting.ProductCatalogue}; this enum stays in {@code data} because it is a field of
 * {@link LoanApplication}, which the underwriting package reads.
 */
public enum MortgageProduct {
    CONVENTIONAL("conventional", LoanType.CONVENTIONAL),
    FHA("FHA", LoanType.FHA),
    VA("VA", LoanType.VA),
    USDA("USDA", LoanType.USDA),
    JUMBO("jumbo", LoanType.CONVENTIONAL);

    private final String words;
    private final LoanType loanType;

    MortgageProduct(String words, LoanType loanType) {
        this.words = words;
        this.loanType = loanType;
    }

    public String words() {
        return words;
    }

    public LoanType loanType() {
        return loanType;
    }
}
