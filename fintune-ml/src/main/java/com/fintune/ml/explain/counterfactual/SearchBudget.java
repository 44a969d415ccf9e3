package com.fintune.ml.explain.counterfactual;

/**
 * How far and how finely the search may go.
 *
 * @param maxCandidates       candidate applications scored by the model per search, at most (default 200)
 * @param gridPoints          candidates scored together per round of the batched bisection (default 8)
 * @param loanStep            resolution of loan-amount and down-payment changes, dollars (default 500)
 * @param debtStep            resolution of monthly-debt cuts, dollars a month (default 25)
 * @param payoffMonths        a debt's payoff is assumed to cost this many of its monthly payments (default 36: a
 *                            typical remaining auto-loan term; revolving balances often cost more per dollar of
 *                            minimum payment, so the figure is an estimate the applicant should check)
 * @param maxLoanReduction    largest share of the requested loan a search may take away (default 0.5)
 */
public record SearchBudget(int maxCandidates, int gridPoints, double loanStep, double debtStep, int payoffMonths,
                           double maxLoanReduction) {

    public static final int DEFAULT_MAX_CANDIDATES = 200;

    public SearchBudget {
        if (maxCandidates < 1 || gridPoints < 2 || loanStep <= 0 || debtStep <= 0 || payoffMonths < 1
                || !(maxLoanReduction > 0 && maxLoanReduction < 1)) {
            throw new IllegalArgumentException("invalid search budget: " + maxCandidates + " candidates, "
                    + gridPoints + " grid points, steps " + loanStep + "/" + debtStep + ", " + payoffMonths
                    + " payoff months, reduction share " + maxLoanReduction);
        }
    }

    public static SearchBudget defaults() {
        return new SearchBudget(DEFAULT_MAX_CANDIDATES, 8, 500, 25, 36, 0.5);
    }

    /** The same budget with another cap on candidates scored. */
    public SearchBudget withMaxCandidates(int max) {
        return new SearchBudget(max, gridPoints, loanStep, debtStep, payoffMonths, maxLoanReduction);
    }
}
