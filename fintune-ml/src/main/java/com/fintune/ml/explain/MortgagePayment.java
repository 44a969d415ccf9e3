package com.fintune.ml.explain;

/** Level-payment amortisation: the monthly principal and interest of a loan, and the loan a payment carries. */
final class MortgagePayment {

    private MortgagePayment() {
    }

    /** Monthly principal and interest for {@code loan} at {@code annualRatePercent} over {@code months}. */
    static double monthly(double loan, double annualRatePercent, int months) {
        double i = annualRatePercent / 1200.0;
        if (i == 0) {
            return loan / months;
        }
        return loan * i / (1 - Math.pow(1 + i, -months));
    }

    /** The largest loan whose monthly principal and interest is {@code payment}. */
    static double loanFor(double payment, double annualRatePercent, int months) {
        if (payment <= 0) {
            return 0;
        }
        double i = annualRatePercent / 1200.0;
        if (i == 0) {
            return payment * months;
        }
        return payment * (1 - Math.pow(1 + i, -months)) / i;
    }
}
