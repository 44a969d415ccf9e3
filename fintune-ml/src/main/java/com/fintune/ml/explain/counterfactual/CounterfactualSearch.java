package com.fintune.ml.explain.counterfactual;

import com.fintune.ml.data.LoanApplication;
import com.fintune.ml.explain.UnderwritingDecision;
import com.fintune.ml.explain.counterfactual.CandidateScorer.Outcome;
import com.fintune.ml.serving.PredictionAnswer;
import com.fintune.ml.serving.PredictionPipeline;
import com.fintune.ml.serving.ScoringModel;
import com.fintune.ml.underwriting.ProductOffer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * For a DENY or REFER answer, the smallest actionable changes that the real model and the decision policy approve
 * (APPROVE from {@code DecisionPolicy.decide} on the model's new probabilities and risk score), found by search over
 * the model. Levers: {@link Lever}. Each lever is first scored on a coarse grid of
 * {@link SearchBudget#gridPoints()} amounts up to its bound, in one batch with every program switch; a lever that
 * approves somewhere is narrowed by {@link FrontierSearch} to the smallest approving amount. Only when no single
 * lever approves are pairs tried: each program switch with each amount, and the loan with the debts (one at a
 * third, two thirds and all of its bound, the other on a grid of three and narrowed). At most
 * {@link SearchBudget#maxCandidates()} candidates are scored. Thread-safe: every search keeps its own state; the scoring model is shared as in serving.
 */
public final class CounterfactualSearch {

    private static final double[] PAIR_LEVELS = {1 / 3.0, 2 / 3.0, 1};
    /** Coarse grid of a pair's searched lever: a third, two thirds and all of its bound. */
    private static final int PAIR_GRID_POINTS = 3;

    private final PredictionPipeline pipeline;
    private final ScoringModel model;
    private final List<ProductOffer> offered;
    private final SearchBudget budget;

    public CounterfactualSearch(PredictionPipeline pipeline, ScoringModel model, List<ProductOffer> offered,
                                SearchBudget budget) {
        this.pipeline = pipeline;
        this.model = model;
        this.offered = List.copyOf(offered);
        this.budget = budget;
    }

    /** The counterfactuals for an answered application: none for an approval. */
    public CounterfactualResult search(LoanApplication application, PredictionAnswer answer) {
        if (answer != null && UnderwritingDecision.APPROVE.name().equals(answer.decision())) {
            return CounterfactualResult.none("The application is approved as it stands: nothing needs to change.",
                    budget.maxCandidates());
        }
        return search(application);
    }

    /** The counterfactuals for an application, whatever it was answered. */
    public CounterfactualResult search(LoanApplication application) {
        LeverMoves moves = new LeverMoves(pipeline.policy().limits(), budget);
        CandidateScorer scorer = new CandidateScorer(pipeline, model, m -> feasible(m), budget.maxCandidates());
        FrontierSearch frontier = new FrontierSearch(scorer, budget.gridPoints());
        Move start = Move.start(application);
        List<NumericLever> numeric = NumericLever.on(start, moves, budget);
        List<ProductSwitch.Target> targets = ProductSwitch.targets(application, offered);
        Set<Lever> tried = EnumSet.noneOf(Lever.class);
        numeric.forEach(n -> tried.add(n.lever()));
        if (!targets.isEmpty()) {
            tried.add(Lever.PRODUCT_SWITCH);
        }
        List<Counterfactual> found = probe(numeric, budget.gridPoints(),
                targets.stream().map(t -> ProductSwitch.apply(start, t)).toList(), scorer, frontier);
        if (found.isEmpty()) {
            found.addAll(pairs(start, moves, targets, scorer, frontier));
        }
        found.sort(Comparator.comparingDouble(Counterfactual::cost)
                .thenComparingInt(c -> c.levers().size()).thenComparingDouble(Counterfactual::riskScore));
        return new CounterfactualResult(found, reason(found, tried, scorer), scorer.used(), budget.maxCandidates(),
                tried);
    }

    /** Pairs: a program switch then an amount, and the two amounts (one at fixed levels, the other searched). */
    private List<Counterfactual> pairs(Move start, LeverMoves moves, List<ProductSwitch.Target> targets,
                                       CandidateScorer scorer, FrontierSearch frontier) {
        List<NumericLever> seconds = new ArrayList<>();
        for (ProductSwitch.Target t : targets) {
            seconds.addAll(NumericLever.on(ProductSwitch.apply(start, t), moves, budget));
        }
        for (NumericLever first : NumericLever.on(start, moves, budget)) {
            for (double level : PAIR_LEVELS) {
                Move base = first.at().apply(Math.max(1, (int) Math.round(first.maxSteps() * level)));
                seconds.addAll(NumericLever.on(base, moves, budget));
            }
        }
        return probe(seconds, PAIR_GRID_POINTS, List.of(), scorer, frontier);
    }

    /**
     * Scores every numeric lever on a coarse grid and every single move, all in one batch, then narrows each lever
     * that approves somewhere to its smallest approved amount. Levers that differ only in the level of an earlier
     * lever (same levers, same program) are narrowed once, at the lowest level that approves.
     */
    private List<Counterfactual> probe(List<NumericLever> levers, int points, List<Move> singles,
                                       CandidateScorer scorer, FrontierSearch frontier) {
        List<Move> batch = new ArrayList<>();
        List<List<Integer>> grids = new ArrayList<>();
        for (NumericLever l : levers) {
            List<Integer> grid = FrontierSearch.coarseGrid(l.maxSteps(), points);
            grids.add(grid);
            grid.forEach(step -> batch.add(l.at().apply(step)));
        }
        batch.addAll(singles);
        List<Outcome> outcomes = scorer.score(batch);
        List<Counterfactual> out = new ArrayList<>();
        Set<List<Object>> narrowed = new HashSet<>();
        int at = 0;
        for (int i = 0; i < levers.size() && at < outcomes.size(); i++) {
            List<Integer> grid = grids.get(i);
            List<Outcome> slice = outcomes.subList(at, Math.min(outcomes.size(), at + grid.size()));
            at += grid.size();
            Move bound = levers.get(i).atMax();
            List<Object> key = List.of(bound.levers(), String.valueOf(bound.changed().product()));
            if (slice.stream().anyMatch(Outcome::approved) && narrowed.add(key)) {
                FrontierSearch.Found f = frontier.smallest(levers.get(i).at(), grid, slice);
                out.add(counterfactual(f.outcome(), f.monotone()));
            }
        }
        int singlesFrom = grids.stream().mapToInt(List::size).sum();
        for (int j = singlesFrom; j < outcomes.size(); j++) {
            if (outcomes.get(j).approved()) {
                out.add(counterfactual(outcomes.get(j), true));
            }
        }
        return out;
    }

    /** A switched program must still meet its terms after the other lever moved the loan. */
    private boolean feasible(Move m) {
        if (m.changed().product() == m.original().product()) {
            return true;
        }
        return offered.stream().filter(o -> ProductSwitch.programOf(o) == m.changed().product())
                .anyMatch(o -> ProductSwitch.meetsTerms(m.changed(), o));
    }

    private static Counterfactual counterfactual(Outcome o, boolean monotone) {
        float[] p = o.scores().reasonProbabilities();
        List<Counterfactual.ReasonScore> top = new ArrayList<>();
        for (com.fintune.ml.taxonomy.ReasonCategory c : com.fintune.ml.taxonomy.ReasonCategory.values()) {
            top.add(new Counterfactual.ReasonScore(c.name(), LeverMoves.round(p[c.index()], 4)));
        }
        top.sort(Comparator.comparingDouble(Counterfactual.ReasonScore::probability).reversed());
        Move m = o.move();
        String measure = String.join(" + ", m.levers().stream().map(Lever::costMeasure).toList());
        return new Counterfactual(m.levers(), m.changes(), o.decision(), LeverMoves.round(o.scores().riskScore(), 2),
                top.subList(0, 3), m.action(), Math.round(m.cost()), measure, monotone);
    }

    private String reason(List<Counterfactual> found, Set<Lever> tried, CandidateScorer scorer) {
        String budgetNote = scorer.exhausted() ? " The budget of " + budget.maxCandidates()
                + " candidates ran out, so a smaller change may approve too." : "";
        if (!found.isEmpty()) {
            return budgetNote.isEmpty() ? null : budgetNote.strip();
        }
        if (tried.isEmpty()) {
            return "No lever applies: the application states no monthly debts to pay off, no loan that can be"
                    + " lowered and no other program whose terms it meets.";
        }
        return "No change within the bounds approves: tried " + String.join(", ", tried.stream()
                .map(l -> l.name().toLowerCase(Locale.ROOT).replace('_', ' ')).toList()) + " (a loan at most " + Math.round(100 * budget.maxLoanReduction())
                + "% smaller, a down payment or payoff only from the assets left after closing) and pairs of them."
                + budgetNote;
    }
}
