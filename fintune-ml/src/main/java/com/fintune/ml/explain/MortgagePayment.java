package com.fintune.ml.explain;

/**
 * Level-payment amortisation: the monthly principal and interest of a loan, the loan a payment carries, and the
 * stated housing payment repriced for another loan amount (escrow kept). The remediation planner and the
 * counterfactual search price a changed loan the same way through this class.
 */
public final class MortgagePayment {

    private MortgagePayment() {
    }

    /** Monthly principal and interest for {@code loan} at {@code annualRatePercent} over {@code months}. */
    public static double monthly(double loan, double annualRatePercent, int months) {
        double i = annualRatePercent / 1200.0;
        if (i == 0) {
            return loan / months;
        }
        return loan * i / (1 - Math.pow(1 + i, -months));
    }

    /** The largest loan whose monthly principal and interest is {@code payment}. */
    public static double loanFor(double payment, double annualRatePercent, int months) {
        if (payment <= 0) {
            return 0;
        }
        double i = annualRatePercent / 1200.0;
        if (i == 0) {
            return payment * months;
        }
        return payment * (1 - Math.pow(1 + i, -months)) / i;
    }

    /**
     * The escrow part (taxes, insurance, dues) of a stated housing payment: what is left after principal and
     * interest on {@code loan} at the assumed rate, never negative.
     */
    public static double escrow(double housingPayment, double loan, double annualRatePercent, int months) {
        return Math.max(0, housingPayment - monthly(loan, annualRatePercent, months));
    }

    /**
     * The stated housing payment for a loan of {@code newLoan} instead of {@code oldLoan}: the escrow part is kept
     * and the principal-and-interest part (at most the whole payment, when the note rate is below the assumed one)
     * scales with the loan, as amortisation is linear in the amount.
     */
    public static double repricedHousing(double housingPayment, double oldLoan, double newLoan,
                                         double annualRatePercent, int months) {
        if (oldLoan <= 0) {
            return housingPayment;
        }
        double escrow = escrow(housingPayment, oldLoan, annualRatePercent, months);
        double principalAndInterest = housingPayment - escrow;
        return escrow + principalAndInterest * newLoan / oldLoan;
    }
}
