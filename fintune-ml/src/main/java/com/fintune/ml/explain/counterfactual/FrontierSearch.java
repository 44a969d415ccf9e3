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

    /** Up to {@code points} whole steps evenly spaced over (0, maxSteps], the bound last: the first, coarse round. */
    static List<Integer> coarseGrid(int maxSteps, int points) {
        List<Integer> out = new ArrayList<>();
        int n = Math.min(points, maxSteps);
        for (int i = 1; i <= n; i++) {
            int step = (int) Math.round((double) maxSteps * i / n);
            if (out.isEmpty() || step > out.get(out.size() - 1)) {
                out.add(step);
            }
        }
        return out;
    }

    /**
     * Narrows from a scored coarse round to the smallest approved amount, or null when nothing in it approved.
     *
     * @param moveAt   the candidate at a number of steps
     * @param grid     the coarse round's steps, ascending
     * @param outcomes their outcomes, in order (fewer when the budget ran out)
     */
    Found smallest(IntFunction<Move> moveAt, List<Integer> grid, List<CandidateScorer.Outcome> outcomes) {
        Round first = judge(outcomes);
        if (first.firstApproved < 0) {
            return null;
        }
        int hi = grid.get(first.firstApproved);
        int lo = first.firstApproved == 0 ? 0 : grid.get(first.firstApproved - 1);
        CandidateScorer.Outcome best = outcomes.get(first.firstApproved);
        boolean monotone = first.monotone;
        while (hi - lo > 1 && !scorer.exhausted()) {
            List<Integer> inner = grid(lo, hi);
            Round r = round(moveAt, inner);
            if (r == null) {
                break;
            }
            monotone &= r.monotone;
            if (r.firstApproved >= 0) {
                hi = inner.get(r.firstApproved);
                best = r.outcomes.get(r.firstApproved);
                lo = r.firstApproved == 0 ? lo : inner.get(r.firstApproved - 1);
            } else {
                lo = inner.get(r.outcomes.size() - 1);
            }
        }
        return new Found(hi, best, monotone);
    }

    private record Round(List<CandidateScorer.Outcome> outcomes, int firstApproved, boolean monotone) {
    }

    /** Scores a round; null when the budget allowed none of it (a partial round counts as far as it was scored). */
    private Round round(IntFunction<Move> moveAt, List<Integer> steps) {
        List<Move> moves = new ArrayList<>(steps.size());
        for (int step : steps) {
            moves.add(moveAt.apply(step));
        }
        List<CandidateScorer.Outcome> outcomes = scorer.score(moves);
        return outcomes.isEmpty() ? null : judge(outcomes);
    }

    /** The first approval in a round and whether a refusal follows it (approvals not monotone in the amount). */
    private static Round judge(List<CandidateScorer.Outcome> outcomes) {
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
