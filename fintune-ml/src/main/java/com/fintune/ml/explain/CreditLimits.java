package com.fintune.ml.explain;

import com.fintune.ml.data.MortgageProduct;
import com.fintune.ml.underwriting.AgencyEligibility;
import com.fintune.ml.underwriting.ProductLimits;
import com.fintune.ml.underwriting.ProductOffer;

/**
 * The lender's credit-policy limits the risk summary compares an application with and the remediation solves for.
 * They apply where the product applied for sets none ({@link #forProgram}). Defaults are the conventional program's
 * in {@code underwriting.ProductCatalogue}: back-end DTI 45 %, mortgage insurance above 80 % LTV, a 620 minimum
 * credit score, with two years of employment history ({@code AgencyEligibility}) and LTV 95 % for a conventional
 * purchase. Payments for "what would fit" are computed at an assumed note rate and term when the
 * application carries none.
 *
 * @param maxDtiPercent        highest back-end debt-to-income ratio, percent
 * @param maxLtvPercent        highest loan-to-value ratio, percent
 * @param ltvWithoutMiPercent  loan-to-value ratio at or below which no mortgage insurance is needed, percent
 * @param minCreditScore       lowest acceptable credit score
 * @param minEmploymentYears   shortest acceptable employment history, years
 * @param assumedRatePercent   annual note rate used when the application gives none, percent
 * @param assumedTermMonths    loan term used when the application gives none, months
 */
public record CreditLimits(double maxDtiPercent, double maxLtvPercent, double ltvWithoutMiPercent,
                           int minCreditScore, double minEmploymentYears,
                           double assumedRatePercent, int assumedTermMonths) {

    private static final ProductLimits CONVENTIONAL = ProductLimits.of(MortgageProduct.CONVENTIONAL);
    /** The conventional program's standard DTI limit (45 %). */
    public static final double DEFAULT_MAX_DTI_PERCENT = CONVENTIONAL.maxDti();
    /** Conventional purchase LTV without the 97 % first-time-buyer programs. */
    public static final double DEFAULT_MAX_LTV_PERCENT = 95;
    /** The conventional program's private-MI threshold (80 %). */
    public static final double DEFAULT_LTV_WITHOUT_MI_PERCENT = CONVENTIONAL.privateMiAboveLtv();
    /** The conventional program's minimum score (620). */
    public static final int DEFAULT_MIN_CREDIT_SCORE = CONVENTIONAL.minCreditScore();
    /** The agencies' stable-employment history (2 years). */
    public static final double DEFAULT_MIN_EMPLOYMENT_YEARS = AgencyEligibility.MIN_YEARS_EMPLOYED;
    public static final double DEFAULT_ASSUMED_RATE_PERCENT = 6.5;
    public static final int DEFAULT_ASSUMED_TERM_MONTHS = 360;

    public CreditLimits {
        requireRange("maxDtiPercent", maxDtiPercent, 1, 100);
        requireRange("maxLtvPercent", maxLtvPercent, 1, 125);
        requireRange("ltvWithoutMiPercent", ltvWithoutMiPercent, 1, maxLtvPercent);
        requireRange("minCreditScore", minCreditScore, 300, 850);
        requireRange("minEmploymentYears", minEmploymentYears, 0, 40);
        requireRange("assumedRatePercent", assumedRatePercent, 0.01, 30);
        requireRange("assumedTermMonths", assumedTermMonths, 12, 480);
    }

    public static CreditLimits defaults() {
        return new CreditLimits(DEFAULT_MAX_DTI_PERCENT, DEFAULT_MAX_LTV_PERCENT, DEFAULT_LTV_WITHOUT_MI_PERCENT,
                DEFAULT_MIN_CREDIT_SCORE, DEFAULT_MIN_EMPLOYMENT_YEARS, DEFAULT_ASSUMED_RATE_PERCENT,
                DEFAULT_ASSUMED_TERM_MONTHS);
    }

    /** These limits tightened or relaxed to a program's own where it sets them (e.g. FHA's 43 % DTI). */
    public CreditLimits forProgram(ProductOffer program) {
        if (program == null) {
            return this;
        }
        double ltv = program.maxLtvPercent() == null ? maxLtvPercent : program.maxLtvPercent();
        return new CreditLimits(program.maxDtiPercent() == null ? maxDtiPercent : program.maxDtiPercent(), ltv,
                Math.min(ltvWithoutMiPercent, ltv),
                program.minCreditScore() == null ? minCreditScore : program.minCreditScore(),
                minEmploymentYears, assumedRatePercent,
                program.termMonths() == null ? assumedTermMonths : program.termMonths());
    }

    static void requireRange(String name, double value, double min, double max) {
        if (!(value >= min && value <= max)) {
            throw new IllegalArgumentException(name + " must be between " + min + " and " + max + ", was " + value);
        }
    }
}
