package com.fintune.ml.explain.counterfactual;

import com.fintune.ml.data.LoanApplication;
import com.fintune.ml.data.LoanApplicationBuilder;
import com.fintune.ml.data.LoanPurpose;
import com.fintune.ml.explain.CreditLimits;
import com.fintune.ml.explain.MortgagePayment;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Pulls the numeric levers on an application, keeping its figures consistent: a smaller loan reprices the housing
 * payment ({@link MortgagePayment#repricedHousing}: escrow kept, principal and interest at the policy's assumed
 * rate over the application's term, as the remediation planner prices it) and moves DTI by the payment saved, LTV
 * to loan ÷ value and CLTV by the same points; a debt payoff moves DTI by the payment retired and takes its payoff
 * from the liquid assets; a larger down payment adds to cash to close. Income, credit history, property, notes and
 * every other field stay as stated.
 */
final class LeverMoves {

    private final CreditLimits limits;
    private final SearchBudget budget;

    LeverMoves(CreditLimits limits, SearchBudget budget) {
        this.limits = limits;
        this.budget = budget;
    }

    /** The lever that lowers the loan: a down payment on a purchase, a smaller loan otherwise. */
    static Lever loanLever(LoanApplication a) {
        return a.purpose() == LoanPurpose.PURCHASE ? Lever.DOWN_PAYMENT : Lever.LOAN_AMOUNT;
    }

    /** The most the loan may come down, dollars: a share of the request and, for a down payment, the funds left. */
    double maxLoanCut(LoanApplication a) {
        double max = Math.min(a.loanAmount() * budget.maxLoanReduction(), a.loanAmount() - 1_000);
        if (loanLever(a) == Lever.DOWN_PAYMENT) {
            Double funds = fundsAfterClosing(a);
            if (funds != null) {
                max = Math.min(max, funds);
            }
        }
        return Math.max(0, max);
    }

    /** The most the monthly debts may come down: all of them, as far as the funds left pay the payoff. */
    double maxDebtCut(LoanApplication a) {
        if (a.monthlyDebts() == null || a.monthlyDebts() <= 0 || monthlyIncome(a) == null || a.dtiPercent() == null) {
            return 0;
        }
        double max = a.monthlyDebts();
        Double funds = fundsAfterClosing(a);
        if (funds != null) {
            max = Math.min(max, funds / budget.payoffMonths());
        }
        return Math.max(0, max);
    }

    /** {@code cut} dollars less loan (a down payment on a purchase), figures recomputed. */
    Move smallerLoan(Move m, double cut) {
        LoanApplication a = m.changed();
        double newLoan = a.loanAmount() - cut;
        LoanApplicationBuilder b = a.toBuilder().loanAmount(newLoan);
        int term = a.termMonths() > 0 ? a.termMonths() : limits.assumedTermMonths();
        double rate = limits.assumedRatePercent();
        double paymentSaved;
        if (a.monthlyHousingPayment() != null) {
            double housing = round(MortgagePayment.repricedHousing(a.monthlyHousingPayment(), a.loanAmount(), newLoan,
                    rate, term), 2);
            paymentSaved = a.monthlyHousingPayment() - housing;
            b.monthlyHousingPayment(housing);
        } else {
            paymentSaved = MortgagePayment.monthly(cut, rate, term);
        }
        Double income = monthlyIncome(a);
        if (a.dtiPercent() != null && income != null) {
            b.dtiPercent(Math.max(0, round(a.dtiPercent() - 100 * paymentSaved / income, 2)));
        }
        Double newLtv = null;
        if (a.propertyValue() != null && a.propertyValue() > 0 && a.ltvPercent() != null) {
            newLtv = round(100 * newLoan / a.propertyValue(), 2);
        } else if (a.ltvPercent() != null) {
            newLtv = round(a.ltvPercent() * newLoan / a.loanAmount(), 2);
        }
        if (newLtv != null) {
            b.ltvPercent(newLtv);
            if (a.cltvPercent() != null) {
                b.cltvPercent(Math.max(newLtv, round(a.cltvPercent() - (a.ltvPercent() - newLtv), 2)));
            }
        }
        Lever lever = loanLever(a);
        String was = money(a.loanAmount());
        String action;
        if (lever == Lever.DOWN_PAYMENT) {
            if (a.cashToClose() != null) {
                b.cashToClose(a.cashToClose() + cut);
            }
            action = "Put " + money(cut) + " more down, for a loan of " + money(newLoan) + " instead of " + was;
        } else if (a.purpose() == LoanPurpose.REFINANCE) {
            if (a.cashToClose() != null) {
                b.cashToClose(a.cashToClose() + cut);
            }
            action = "Pay the balance down by " + money(cut) + " at closing, for a loan of " + money(newLoan)
                    + " instead of " + was;
        } else if (a.purpose() == LoanPurpose.CASH_OUT_REFINANCE) {
            action = "Take " + money(cut) + " less cash out, for a loan of " + money(newLoan) + " instead of " + was;
        } else {
            action = "Borrow " + money(newLoan) + " instead of " + was + " (" + money(cut) + " less)";
        }
        return m.then(lever, b.build(), cut, action);
    }

    /** Monthly debts cut by {@code cut} dollars, paid off at {@link SearchBudget#payoffMonths()} payments. */
    Move debtPayoff(Move m, double cut) {
        LoanApplication a = m.changed();
        double payoff = cut * budget.payoffMonths();
        double left = round(a.monthlyDebts() - cut, 2);
        LoanApplicationBuilder b = a.toBuilder().monthlyDebts(left)
                .dtiPercent(Math.max(0, round(a.dtiPercent() - 100 * cut / monthlyIncome(a), 2)));
        if (a.liquidReserves() != null) {
            b.liquidReserves(Math.max(0, a.liquidReserves() - payoff));
        }
        String action = left <= 0
                ? "Pay off the " + money(a.monthlyDebts()) + " a month of other debts (about " + money(payoff) + ")"
                : "Pay off or pay down debts to cut their payments by " + money(cut) + " a month, to " + money(left)
                + " (about " + money(payoff) + ")";
        return m.then(Lever.DEBT_PAYOFF, b.build(), payoff, action);
    }

    /** Liquid assets left after cash to close, or null when assets are not given. */
    static Double fundsAfterClosing(LoanApplication a) {
        if (a.liquidReserves() == null) {
            return null;
        }
        return Math.max(0, a.liquidReserves() - (a.cashToClose() == null ? 0 : a.cashToClose()));
    }

    private static Double monthlyIncome(LoanApplication a) {
        return a.annualIncome() == null || a.annualIncome() <= 0 ? null : a.annualIncome() / 12.0;
    }

    static double round(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }

    static String money(double value) {
        return "$" + new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.US)).format(value);
    }
}
