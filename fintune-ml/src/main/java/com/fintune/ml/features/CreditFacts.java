package com.fintune.ml.features;

/**
 * The numeric facts of an application as the tabular baseline sees them, with unknowns imputed to neutral values
 * and flagged (the flags are part of the vector), so that every application yields a complete vector.
 */
public record CreditFacts(double creditScore, boolean creditScoreMissing, double dtiPercent, boolean dtiMissing,
                          double ltvPercent, double cltvPercent, boolean ltvMissing, double reserveMonthsAfterClose,
                          double cashShortfallThousands, double yearsEmployed, int latePayments24m,
                          int collections, boolean priorBankruptcy, boolean priorForeclosure, int tradelines,
                          double creditHistoryYears, double loanAmountThousands, double annualIncomeThousands,
                          double housingRatio, boolean housingRatioMissing, double dtiOverStandard,
                          double dtiOverException, boolean compensatingFactors) {
}
