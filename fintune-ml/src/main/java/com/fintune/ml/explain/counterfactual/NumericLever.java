package com.fintune.ml.explain.counterfactual;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * A lever with an amount, on a given base move: the amount in whole steps 1..{@code maxSteps} (the last step is
 * the bound itself, which need not be a whole number of steps), and the candidate at each.
 */
record NumericLever(Lever lever, int maxSteps, IntFunction<Move> at) {

    /** The levers with an amount that the base move's application allows (none with a zero bound). */
    static List<NumericLever> on(Move base, LeverMoves moves, SearchBudget budget) {
        List<NumericLever> out = new ArrayList<>();
        double loanCut = moves.maxLoanCut(base.changed());
        if (loanCut > 0 && !base.levers().contains(LeverMoves.loanLever(base.original()))) {
            out.add(new NumericLever(LeverMoves.loanLever(base.changed()), steps(loanCut, budget.loanStep()),
                    n -> moves.smallerLoan(base, amount(n, budget.loanStep(), loanCut))));
        }
        double debtCut = moves.maxDebtCut(base.changed());
        if (debtCut > 0 && !base.levers().contains(Lever.DEBT_PAYOFF)) {
            out.add(new NumericLever(Lever.DEBT_PAYOFF, steps(debtCut, budget.debtStep()),
                    n -> moves.debtPayoff(base, amount(n, budget.debtStep(), debtCut))));
        }
        return out;
    }

    /** The candidate at the bound. */
    Move atMax() {
        return at.apply(maxSteps);
    }

    private static int steps(double bound, double step) {
        return Math.max(1, (int) Math.ceil(bound / step - 1e-9));
    }

    private static double amount(int steps, double step, double bound) {
        return Math.min(steps * step, bound);
    }
}
