package com.fintune.ml.explain.counterfactual;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * The smallest amount of one lever that the model and policy approve: a batched bisection over whole steps
 * {@code 1..maxSteps}. Each round scores up to {@code gridPoints} evenly spaced amounts in one batch and keeps the
 * interval between the largest refused and the smallest approved amount, until it is one step wide. Monotonicity
 * is checked, not assumed: a refused amount above an approved one marks the result non-monotone (the smallest
 * approved amount scored is still returned, and it is always a scored candidate).
 */
final class FrontierSearch {

    /** The smallest approved amount found, its outcome, and whether the approvals were monotone along the way. */
    record Found(int steps, CandidateScorer.Outcome outcome, boolean monotone) {
    }

    private final CandidateScorer scorer;
    private final int gridPoints;

    FrontierSearch(CandidateScorer scorer, int gridPoints) {
        this.scorer = scorer;
        this.gridPoints = gridPoints;
    }

    /**
     * @param moveAt   the candidate at a number of steps (1..maxSteps)
     * @param maxSteps the bound, already scored
     * @param atMax    the outcome at {@code maxSteps}, an approval
     */
    Found smallest(IntFunction<Move> moveAt, int maxSteps, CandidateScorer.Outcome atMax) {
        if (maxSteps < 1 || !atMax.approved()) {
            throw new IllegalArgumentException("the search starts from an approved bound");
        }
        int lo = 0;
        int hi = maxSteps;
        CandidateScorer.Outcome best = atMax;
        boolean monotone = true;
        while (hi - lo > 1 && !scorer.exhausted()) {
            List<Integer> grid = grid(lo, hi);
            Round r = round(moveAt, grid);
            if (r == null) {
                break;
            }
            monotone &= r.monotone;
            if (r.firstApproved >= 0) {
                hi = grid.get(r.firstApproved);
                best = r.outcomes.get(r.firstApproved);
                lo = r.firstApproved == 0 ? lo : grid.get(r.firstApproved - 1);
            } else {
                lo = grid.get(grid.size() - 1);
            }
        }
        return new Found(hi, best, monotone);
    }

    private record Round(List<CandidateScorer.Outcome> outcomes, int firstApproved, boolean monotone) {
    }

    /** Scores the grid; null when the budget allowed none of it. Partial rounds count as far as they were scored. */
    private Round round(IntFunction<Move> moveAt, List<Integer> grid) {
        List<Move> moves = new ArrayList<>(grid.size());
        for (int steps : grid) {
            moves.add(moveAt.apply(steps));
        }
        List<CandidateScorer.Outcome> outcomes = scorer.score(moves);
        if (outcomes.isEmpty()) {
            return null;
        }
        int first = -1;
        boolean monotone = true;
        for (int i = 0; i < outcomes.size(); i++) {
            if (outcomes.get(i).approved()) {
                if (first < 0) {
                    first = i;
                }
            } else if (first >= 0) {
                monotone = false;
            }
        }
        if (outcomes.size() < grid.size()) {
            grid.subList(outcomes.size(), grid.size()).clear();
        }
        return new Round(outcomes, first, monotone);
    }

    /** Up to gridPoints whole steps evenly spaced strictly inside (lo, hi). */
    private List<Integer> grid(int lo, int hi) {
        List<Integer> out = new ArrayList<>();
        int points = Math.min(gridPoints, hi - lo - 1);
        for (int i = 1; i <= points; i++) {
            int step = lo + (int) Math.round((double) (hi - lo) * i / (points + 1));
            if (step > lo && step < hi && (out.isEmpty() || step > out.get(out.size() - 1))) {
                out.add(step);
            }
        }
        return out;
    }
}
