package com.fintune.ml.underwriting;

import com.fintune.ml.data.MortgageProduct;
import java.util.List;

/**
 * A loan product the lender offers (server side: a row of MORTGAGE_PRODUCTS, seeded from {@link ProductCatalogue};
 * on the command line: {@link ProductCatalogue#offers()}) with the eligibility limits used to suggest alternatives.
 * A null limit means the product sets none.
 *
 * @param code           the lender's product code
 * @param name           readable name
 * @param loanType       CONVENTIONAL, FHA, VA, USDA
 * @param maxLtvPercent  highest loan-to-value, percent
 * @param maxDtiPercent  highest back-end debt-to-income, percent
 * @param minCreditScore lowest credit score
 * @param maxLoanAmount  largest loan amount, dollars
 * @param termMonths     term, months (null = the policy's assumed term)
 */
public record ProductOffer(String code, String name, String loanType, Double maxLtvPercent, Double maxDtiPercent,
                           Integer minCreditScore, Double maxLoanAmount, Integer termMonths) {

    public ProductOffer {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("product code is required");
        }
    }

    /** A built-in program with its agency limits, as {@link ProductCatalogue} offers it. */
    public static ProductOffer of(MortgageProduct p) {
        return ProductCatalogue.offer(p);
    }

    /** Every built-in program, for use where no product table is at hand (the command line). */
    public static List<ProductOffer> builtIn() {
        return ProductCatalogue.offers();
    }
}
