package com.fintune.ml.explain;

import com.fintune.ml.taxonomy.ReasonCategory;

/**
 * Turns a principal reason into a concrete remediation, computing the figure at which the application would meet
 * policy where its facts allow: the largest loan for the DTI limit, the income that would carry the loan, the down
 * payment for the LTV limit or for no mortgage insurance, the funds missing to close, the months of employment or
 * credit-score points missing. A new loan's payment is priced as principal and interest at the policy's assumed
 * rate over the application's term, plus the escrow part of the stated housing payment. Only a purchase is told
 * about a down payment; advice without a figure comes from {@link ProgramAdvice}.
 */
final class RemediationPlanner {

    Recommendation plan(ApplicantProfile a, CreditLimits limits, ReasonCategory category) {
        Recommendation computed = switch (category) {
            case DTI, INCOME -> debtToIncome(a, limits, category);
            case COLLATERAL -> loanToValue(a, category, limits.maxLtvPercent(), "bring LTV to the "
                    + Figures.percent(limits.maxLtvPercent()) + " limit");
            case MORTGAGE_INSURANCE -> loanToValue(a, category, limits.ltvWithoutMiPercent(), "bring LTV to "
                    + Figures.percent(limits.ltvWithoutMiPercent()) + ", where no mortgage insurance is needed");
            case CASH -> cash(a);
            case EMPLOYMENT -> employment(a, limits);
            case DELINQUENCY -> creditScore(a, limits);
            default -> null;
        };
        return computed != null ? computed : Recommendation.text(category, ProgramAdvice.hint(a, limits, category));
    }

    private static Recommendation debtToIncome(ApplicantProfile a, CreditLimits limits, ReasonCategory category) {
        Double monthlyIncome = a.monthlyIncome();
        if (monthlyIncome == null || a.dtiPercent() == null || a.dtiPercent() <= limits.maxDtiPercent()) {
            return null;
        }
        double rate = limits.assumedRatePercent();
        int term = a.termMonths() != null ? a.termMonths() : limits.assumedTermMonths();
        double obligations = a.dtiPercent() / 100 * monthlyIncome;
        double principalAndInterest = MortgagePayment.monthly(a.loanAmount(), rate, term);
        double housing = a.monthlyHousingPayment() != null ? a.monthlyHousingPayment()
                : Math.min(obligations, principalAndInterest);
        double escrow = MortgagePayment.escrow(housing, a.loanAmount(), rate, term);
        double otherDebts = a.monthlyDebts() != null ? a.monthlyDebts() : Math.max(0, obligations - housing);
        double allowed = limits.maxDtiPercent() / 100 * monthlyIncome;
        double incomeNeeded = Figures.roundUp(obligations * 12 / (limits.maxDtiPercent() / 100), 100);
        double debtCut = Math.ceil(obligations - allowed);
        double maxLoan = Figures.roundDown(MortgagePayment.loanFor(allowed - otherDebts - escrow, rate, term), 100);
        String dtiLimit = Figures.percent(limits.maxDtiPercent());
        if (maxLoan <= 0) {
            return new Recommendation(category, "Debts other than the mortgage already use the whole " + dtiLimit
                    + " allowance: pay down debts by " + Figures.money(debtCut) + " a month, or document annual income of "
                    + Figures.money(incomeNeeded) + ".", "annualIncomeNeeded", incomeNeeded);
        }
        String terms = " (principal and interest at " + Figures.percent(rate) + " over " + term + " months)";
        if (category == ReasonCategory.INCOME) {
            return new Recommendation(category, "Document annual income of at least " + Figures.money(incomeNeeded)
                    + " to carry this loan within the " + dtiLimit + " DTI limit, or request at most "
                    + Figures.money(maxLoan) + terms + ".", "annualIncomeNeeded", incomeNeeded);
        }
        return new Recommendation(category, "A loan of at most " + Figures.money(maxLoan) + terms
                + " would bring DTI to the " + dtiLimit + " limit; or pay down debts by " + Figures.money(debtCut)
                + " a month; or document annual income of " + Figures.money(incomeNeeded) + ".",
                "maxLoanAmount", maxLoan);
    }

    private static Recommendation loanToValue(ApplicantProfile a, ReasonCategory category, double ltvLimit,
                                              String goal) {
        Double ltv = a.effectiveLtvPercent();
        if (a.propertyValue() == null || ltv == null || ltv <= ltvLimit) {
            return null;
        }
        double maxLoan = Figures.roundDown(ltvLimit / 100 * a.propertyValue(), 100);
        double downPayment = a.propertyValue() - maxLoan;
        double less = Math.max(0, a.loanAmount() - maxLoan);
        String action = a.isPurchase()
                ? "A down payment of at least " + Figures.money(downPayment) + " (a loan of at most "
                + Figures.money(maxLoan) + ", " + Figures.money(less) + " less than requested) would " + goal + "."
                : "A loan of at most " + Figures.money(maxLoan) + " (" + Figures.money(less)
                + " less than requested) would " + goal + ".";
        return new Recommendation(category, action, "maxLoanAmount", maxLoan);
    }

    private static Recommendation cash(ApplicantProfile a) {
        if (a.cashShortfall() == null || a.cashShortfall() <= 0) {
            return null;
        }
        double needed = Figures.roundUp(a.cashShortfall(), 100);
        String sources = a.isPurchase() ? ", e.g. an eligible gift or down-payment assistance." : ".";
        return new Recommendation(ReasonCategory.CASH, "Document at least " + Figures.money(needed)
                + " more in verified assets (for closing and the required reserves)" + sources,
                "additionalFundsNeeded", needed);
    }

    private static Recommendation employment(ApplicantProfile a, CreditLimits limits) {
        if (a.yearsEmployed() == null || a.yearsEmployed() >= limits.minEmploymentYears()) {
            return null;
        }
        double months = Math.ceil((limits.minEmploymentYears() - a.yearsEmployed()) * 12);
        return new Recommendation(ReasonCategory.EMPLOYMENT, "Reapply after " + Figures.exact(months)
                + " more months of employment (the " + Figures.exact(limits.minEmploymentYears())
                + "-year minimum), or document previous employment in the same line of work.",
                "monthsOfEmploymentNeeded", months);
    }

    private static Recommendation creditScore(ApplicantProfile a, CreditLimits limits) {
        if (a.creditScore() == null || a.creditScore() >= limits.minCreditScore()) {
            return null;
        }
        int points = limits.minCreditScore() - a.creditScore();
        return new Recommendation(ReasonCategory.DELINQUENCY, "Raise the credit score by at least " + points
                + " points to the " + limits.minCreditScore() + " minimum: "
                + ReasonCategory.DELINQUENCY.remediationHint(), "minCreditScore", (double) limits.minCreditScore());
    }
}
