package com.fintune.ml.explain;

import com.fintune.ml.underwriting.ProductOffer;

/**
 * The lender's credit-policy limits the risk summary compares an application with and the remediation solves for.
 * Defaults follow common agency guidelines: back-end DTI 45 % (Fannie Mae's manual-underwriting maximum), LTV 95 %
 * for a conventional purchase, mortgage insurance above 80 % LTV, a 620 minimum credit score and two years of
 * employment history. Payments for "what would fit" are computed at an assumed note rate and term when the
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

    public static final double DEFAULT_MAX_DTI_PERCENT = 45;
    public static final double DEFAULT_MAX_LTV_PERCENT = 95;
    public static final double DEFAULT_LTV_WITHOUT_MI_PERCENT = 80;
    public static final int DEFAULT_MIN_CREDIT_SCORE = 620;
    public static final double DEFAULT_MIN_EMPLOYMENT_YEARS = 2;
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
