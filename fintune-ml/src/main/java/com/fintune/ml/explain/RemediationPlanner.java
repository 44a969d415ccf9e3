package com.fintune.ml.explain;

import com.fintune.ml.taxonomy.ReasonCategory;

/**
 * Turns a principal reason into a concrete remediation, computing the figure at which the application would meet
 * policy where its facts allow: the largest loan for the DTI limit, the income that would carry the loan, the down
 * payment for the LTV limit or for no mortgage insurance, the months of employment or credit-score points missing.
 * Housing payments are principal and interest at the application's rate and term (else the policy's assumed ones).
 */
final class RemediationPlanner {

    private final CreditLimits limits;

    RemediationPlanner(CreditLimits limits) {
        this.limits = limits;
    }

    Recommendation plan(ApplicantProfile a, ReasonCategory category) {
        Recommendation computed = switch (category) {
            case DTI, INCOME -> debtToIncome(a, category);
            case COLLATERAL -> loanToValue(a, category, limits.maxLtvPercent(), "bring LTV to the "
                    + Figures.percent(limits.maxLtvPercent()) + " limit");
            case MORTGAGE_INSURANCE -> loanToValue(a, category, limits.ltvWithoutMiPercent(),
                    "bring LTV to " + Figures.percent(limits.ltvWithoutMiPercent()) + ", where no mortgage insurance is needed");
            case EMPLOYMENT -> employment(a);
            case DELINQUENCY -> creditScore(a);
            default -> null;
        };
        return computed != null ? computed : Recommendation.text(category, category.remediationHint());
    }

    private double rate(ApplicantProfile a) {
        return a.interestRatePercent() != null && a.interestRatePercent() > 0
                ? a.interestRatePercent() : limits.assumedRatePercent();
    }

    private int term(ApplicantProfile a) {
        return a.loanTermMonths() != null && a.loanTermMonths() > 0 ? a.loanTermMonths() : limits.assumedTermMonths();
    }

    private Recommendation debtToIncome(ApplicantProfile a, ReasonCategory category) {
        Double monthlyIncome = a.monthlyIncome();
        if (monthlyIncome == null || a.dtiPercent() == null || a.loanAmount() == null
                || a.dtiPercent() <= limits.maxDtiPercent()) {
            return null;
        }
        double obligations = a.dtiPercent() / 100 * monthlyIncome;
        double housing = Math.min(obligations, MortgagePayment.monthly(a.loanAmount(), rate(a), term(a)));
        double otherDebts = obligations - housing;
        double allowed = limits.maxDtiPercent() / 100 * monthlyIncome;
        double incomeNeeded = Figures.roundUp(obligations * 12 / (limits.maxDtiPercent() / 100), 100);
        double debtCut = Figures.roundUp(obligations - allowed, 1);
        String terms = " (principal and interest at " + Figures.percent(rate(a)) + " over " + term(a) + " months)";
        String tail = "; or pay down debts by " + Figures.money(debtCut) + " a month; or document annual income of "
                + Figures.money(incomeNeeded) + ".";
        double maxLoan = Figures.roundDown(MortgagePayment.loanFor(allowed - otherDebts, rate(a), term(a)), 100);
        if (maxLoan <= 0) {
            return new Recommendation(category, "Debts other than the mortgage already use the whole "
                    + Figures.percent(limits.maxDtiPercent()) + " allowance: pay down debts by "
                    + Figures.money(debtCut) + " a month, or document annual income of "
                    + Figures.money(incomeNeeded) + ".", "annualIncomeNeeded", incomeNeeded);
        }
        if (category == ReasonCategory.INCOME) {
            return new Recommendation(category, "Document annual income of at least " + Figures.money(incomeNeeded)
                    + " to carry this loan within the " + Figures.percent(limits.maxDtiPercent())
                    + " DTI limit, or request at most " + Figures.money(maxLoan) + terms + ".",
                    "annualIncomeNeeded", incomeNeeded);
        }
        return new Recommendation(category, "A loan of at most " + Figures.money(maxLoan) + terms
                + " would bring DTI to the " + Figures.percent(limits.maxDtiPercent()) + " limit" + tail,
                "maxLoanAmount", maxLoan);
    }

    private Recommendation loanToValue(ApplicantProfile a, ReasonCategory category, double ltvLimit, String goal) {
        Double ltv = a.effectiveLtvPercent();
        if (a.propertyValue() == null || a.loanAmount() == null || ltv == null || ltv <= ltvLimit) {
            return null;
        }
        double maxLoan = Figures.roundDown(ltvLimit / 100 * a.propertyValue(), 100);
        double downPayment = a.propertyValue() - maxLoan;
        double extra = Math.max(0, a.loanAmount() - maxLoan);
        return new Recommendation(category, "A down payment of at least " + Figures.money(downPayment)
                + " (a loan of at most " + Figures.money(maxLoan) + ", " + Figures.money(extra)
                + " less than requested) would " + goal + ".", "maxLoanAmount", maxLoan);
    }

    private Recommendation employment(ApplicantProfile a) {
        if (a.employmentYears() == null || a.employmentYears() >= limits.minEmploymentYears()) {
            return null;
        }
        double months = Math.ceil((limits.minEmploymentYears() - a.employmentYears()) * 12);
        return new Recommendation(ReasonCategory.EMPLOYMENT, "Reapply after " + Figures.exact(months)
                + " more months of employment (the " + Figures.exact(limits.minEmploymentYears())
                + "-year minimum), or document previous employment in the same line of work.",
                "monthsOfEmploymentNeeded", months);
    }

    private Recommendation creditScore(ApplicantProfile a) {
        if (a.creditScore() == null || a.creditScore() >= limits.minCreditScore()) {
            return null;
        }
        int points = limits.minCreditScore() - a.creditScore();
        return new Recommendation(ReasonCategory.DELINQUENCY, "Raise the credit score by at least " + points
                + " points to the " + limits.minCreditScore() + " minimum: "
                + ReasonCategory.DELINQUENCY.remediationHint(), "minCreditScore", (double) limits.minCreditScore());
    }
}
