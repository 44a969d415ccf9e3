package com.fintune.ml.explain;

/**
 * A loan program the lender offers (server side: a row of MORTGAGE_PRODUCTS) with the eligibility limits used to
 * suggest alternatives. A null limit means the program sets none.
 *
 * @param code             the lender's product code
 * @param name             readable name
 * @param loanType         CONVENTIONAL, FHA, VA, USDA, JUMBO …
 * @param maxLtvPercent    highest loan-to-value, percent
 * @param maxDtiPercent    highest back-end debt-to-income, percent
 * @param minCreditScore   lowest credit score
 * @param maxLoanAmount    largest loan amount, dollars
 * @param ratePercent      typical note rate, percent (used to price the payment; null = the policy's assumed rate)
 * @param termMonths       term, months (null = the policy's assumed term)
 */
public record MortgageProduct(String code, String name, String loanType, Double maxLtvPercent, Double maxDtiPercent,
                              Integer minCreditScore, Double maxLoanAmount, Double ratePercent, Integer termMonths) {

    public MortgageProduct {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("product code is required");
        }
    }
}
