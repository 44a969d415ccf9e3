package com.fintune.ml.underwriting;

import com.fintune.ml.data.MortgageProduct;

/**
 * The guideline limits of one mortgage program, as {@link ProductCatalogue} states them. Percentages are of 100.
 *
 * @param minCreditScore                lowest representative score (FHA's 500-579 band: {@link AgencyEligibility#minScore})
 * @param maxDti                        back-end DTI limit without compensating factors
 * @param maxDtiWithCompensatingFactors back-end DTI an automated finding may accept when the file has the program's
 *                                      {@link CompensatingFactors}
 * @param maxLtv                        highest LTV for a principal-residence purchase
 * @param privateMiAboveLtv             LTV above which private mortgage insurance is required; null for programs
 *                                      that carry their own insurance or guarantee
 * @param reserveMonths                 months of housing payment to hold in reserve after closing
 * @param minLoanAmount                 smallest loan amount, dollars
 * @param maxLoanAmount                 largest loan amount (national baseline), dollars
 * @param maxAnnualIncome               household income cap, dollars; 0 = no cap
 * @param principalResidenceOnly        lends only on the borrower's principal residence
 * @param bankruptcySeasoningYears      years a bankruptcy must be behind the borrower
 * @param foreclosureSeasoningYears     years a foreclosure must be behind the borrower
 * @param compensatingFactors           what lets the program accept a DTI above {@code maxDti}
 */
public record ProductLimits(int minCreditScore, double maxDti, double maxDtiWithCompensatingFactors, double maxLtv,
                            Double privateMiAboveLtv, int reserveMonths, double minLoanAmount, double maxLoanAmount,
                            double maxAnnualIncome, boolean principalResidenceOnly, double bankruptcySeasoningYears,
                            double foreclosureSeasoningYears, CompensatingFactors compensatingFactors) {

    public ProductLimits {
        if (maxDtiWithCompensatingFactors < maxDti) {
            throw new IllegalArgumentException("the DTI limit with compensating factors (" + maxDtiWithCompensatingFactors
                    + ") is below the standard limit (" + maxDti + ")");
        }
        if (compensatingFactors == null) {
            throw new IllegalArgumentException("compensating factors are required");
        }
    }

    /** The limits of a program. */
    public static ProductLimits of(MortgageProduct product) {
        return ProductCatalogue.limits(product);
    }

    /** True when a loan at this LTV (%) needs private mortgage insurance under this program. */
    public boolean requiresPrivateMi(double ltv) {
        return privateMiAboveLtv != null && ltv > privateMiAboveLtv;
    }
}
