package com.fintune.ml.explain;

/**
 * The figures of one application that the credit policy reasons about, exactly as the application states them
 * (no derived value lives here, so that the risk summary can quote them without changing a digit). Any field may
 * be null when the application does not give it.
 *
 * @param loanAmount          amount requested, dollars
 * @param propertyValue       appraised value or purchase price, dollars
 * @param annualIncome        gross annual income used for qualifying, dollars
 * @param dtiPercent          back-end debt-to-income ratio, percent
 * @param ltvPercent          (combined) loan-to-value ratio, percent
 * @param creditScore         representative credit score
 * @param employmentYears     length of current employment, years
 * @param interestRatePercent note rate, percent
 * @param loanTermMonths      term, months
 * @param liquidAssets        verified funds available to close, dollars
 * @param loanType            CONVENTIONAL, FHA, VA, USDA …
 * @param occupancy           PRINCIPAL, SECOND_HOME, INVESTMENT …
 */
public record ApplicantProfile(Double loanAmount, Double propertyValue, Double annualIncome, Double dtiPercent,
                               Double ltvPercent, Integer creditScore, Double employmentYears,
                               Double interestRatePercent, Integer loanTermMonths, Double liquidAssets,
                               String loanType, String occupancy) {

    /** Monthly gross income, or null when income is unknown or not positive. */
    Double monthlyIncome() {
        return annualIncome == null || annualIncome <= 0 ? null : annualIncome / 12.0;
    }

    /** The stated LTV, else loan ÷ value when both are known (used for computations, never quoted). */
    Double effectiveLtvPercent() {
        if (ltvPercent != null) {
            return ltvPercent;
        }
        if (loanAmount != null && propertyValue != null && propertyValue > 0) {
            return 100.0 * loanAmount / propertyValue;
        }
        return null;
    }
}
