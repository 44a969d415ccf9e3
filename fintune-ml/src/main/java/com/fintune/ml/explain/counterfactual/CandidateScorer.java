package com.fintune.ml.explain.counterfactual;

import com.fintune.ml.data.ValidationException;
import com.fintune.ml.explain.DecisionPolicy;
import com.fintune.ml.explain.UnderwritingDecision;
import com.fintune.ml.features.ApplicationFeatures;
import com.fintune.ml.serving.ModelScores;
import com.fintune.ml.serving.PredictionPipeline;
import com.fintune.ml.serving.ScoringModel;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Scores candidate moves in batches through the serving components ({@link PredictionPipeline#features} then
 * {@link ScoringModel#score}) and decides each under the policy, within a budget of candidates per search. A
 * candidate that is invalid (the validator refuses a figure) or infeasible (a switched program's terms no longer
 * hold) is answered without the model and costs nothing. Not thread-safe: one per search.
 */
final class CandidateScorer {

    /** A scored candidate; {@code scores} is null when it never reached the model. */
    record Outcome(Move move, UnderwritingDecision decision, ModelScores scores) {
        boolean approved() {
            return decision == UnderwritingDecision.APPROVE;
        }
    }

    private final PredictionPipeline pipeline;
    private final ScoringModel model;
    private final DecisionPolicy policy;
    private final Predicate<Move> feasible;
    private final int budget;
    private int used;

    CandidateScorer(PredictionPipeline pipeline, ScoringModel model, Predicate<Move> feasible, int budget) {
        this.pipeline = pipeline;
        this.model = model;
        this.policy = pipeline.policy();
        this.feasible = feasible;
        this.budget = budget;
    }

    int used() {
        return used;
    }

    boolean exhausted() {
        return used >= budget;
    }

    /**
     * One outcome per move, in order, as far as the budget goes: the list is shorter than {@code moves} when the
     * budget ran out (never scored candidates are simply missing).
     */
    List<Outcome> score(List<Move> moves) {
        List<Outcome> out = new ArrayList<>(moves.size());
        List<Integer> toScore = new ArrayList<>();
        List<ApplicationFeatures> features = new ArrayList<>();
        for (Move m : moves) {
            Outcome refused = new Outcome(m, UnderwritingDecision.DENY, null);
            if (!feasible.test(m)) {
                out.add(refused);
                continue;
            }
            try {
                ApplicationFeatures f = pipeline.features(m.changed());
                if (used + features.size() >= budget) {
                    break;
                }
                features.add(f);
                toScore.add(out.size());
                out.add(null);
            } catch (ValidationException e) {
                out.add(refused);
            }
        }
        if (!features.isEmpty()) {
            List<ModelScores> scores = model.score(features);
            used += features.size();
            for (int i = 0; i < scores.size(); i++) {
                int at = toScore.get(i);
                Move m = moves.get(at);
                ModelScores s = scores.get(i);
                out.set(at, new Outcome(m, policy.decide(m.changed(), s.reasonProbabilities(), s.riskScore()), s));
            }
        }
        return out;
    }
}
