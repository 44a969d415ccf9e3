package com.fintune.ml.robustness;

import com.fintune.ml.data.LoanApplication;
import com.fintune.ml.eval.robustness.CaseKind;
import com.fintune.ml.eval.robustness.CaseResult;
import com.fintune.ml.eval.robustness.RobustnessEvaluation;
import com.fintune.ml.explain.DecisionPolicy;
import com.fintune.ml.explain.Explainer;
import com.fintune.ml.underwriting.ProductOffer;
import com.fintune.ml.features.ApplicationFeatures;
import com.fintune.ml.features.FeaturePipeline;
import com.fintune.ml.serving.ModelScores;
import com.fintune.ml.serving.PredictionPipeline;
import com.fintune.ml.serving.ScoringModel;
import com.fintune.ml.taxonomy.ReasonCategory;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Runs a {@link RobustnessSet} the way an application is served: the feature pipeline (notes masked), the model
 * through the one inference path ({@link ScoringModel}), and the decision policy ({@link PredictionPipeline#answer}).
 * Then checks each case: benign remarks and negations must be APPROVE with no reason at {@value #REASON_THRESHOLD}
 * or more; a paraphrase must rank its expected reason first; a protected insertion must move no reason probability
 * by more than {@value #MAX_PROBABILITY_SHIFT}, the risk score by no more than {@value #MAX_RISK_SHIFT} points (the
 * same 2 % of its 0-100 scale) and must not change the decision, against the same note without the insertion; a
 * whole hand-written application must get the lender's decision (and a DENY the expected reason, when named).
 */
public final class RobustnessHarness {

    public static final double REASON_THRESHOLD = 0.5;
    public static final double MAX_PROBABILITY_SHIFT = 0.02;
    public static final double MAX_RISK_SHIFT = 2.0;

    /** What the model and policy gave for one note. */
    public record Observed(String decision, float[] probabilities, double risk) {
    }

    private final PredictionPipeline pipeline;
    private final List<ProductOffer> offered = ProductOffer.builtIn();

    public RobustnessHarness(DecisionPolicy policy) {
        this.pipeline = new PredictionPipeline(new FeaturePipeline(), new Explainer(policy));
    }

    public RobustnessEvaluation run(ScoringModel model, RobustnessSet set) {
        List<LoanApplication> apps = new ArrayList<>();
        for (RobustnessCase c : set.cases()) {
            LoanApplication base = c.changed() != null ? c.changed() : set.bases().get(c.base());
            apps.add(base.toBuilder().underwriterNotes(c.noteRead()).build());
            if (c.kind() == CaseKind.PROTECTED) {
                apps.add(base.toBuilder().underwriterNotes(c.note()).build());
            }
        }
        List<ApplicationFeatures> features = apps.stream().map(pipeline::features).toList();
        List<ModelScores> scores = model.score(features);
        List<CaseResult> results = new ArrayList<>();
        int i = 0;
        for (RobustnessCase c : set.cases()) {
            Observed read = observe(apps.get(i), scores.get(i), model.version());
            i++;
            Observed without = null;
            if (c.kind() == CaseKind.PROTECTED) {
                without = observe(apps.get(i), scores.get(i), model.version());
                i++;
            }
            results.add(check(c, read, without));
        }
        return RobustnessEvaluation.of(set.name(), results);
    }

    private Observed observe(LoanApplication a, ModelScores s, String version) {
        return new Observed(pipeline.answer(a, s, version, offered).decision(), s.reasonProbabilities(),
                s.riskScore());
    }

    /** The verdict on one case from what was observed ({@code without}: the protected case's note alone). */
    public static CaseResult check(RobustnessCase c, Observed read, Observed without) {
        int top = argmax(read.probabilities());
        String topWords = ReasonCategory.fromIndex(top).name() + " " + fmt(read.probabilities()[top]);
        return switch (c.kind()) {
            case BENIGN, NEGATION -> {
                boolean ok = "APPROVE".equals(read.decision()) && read.probabilities()[top] < REASON_THRESHOLD;
                yield result(c, ok, read.decision() + "; top " + topWords);
            }
            case PARAPHRASE -> {
                int rank = rank(read.probabilities(), c.expected().index());
                yield result(c, rank == 1, read.decision() + "; top " + topWords + "; " + c.expected().name() + " "
                        + fmt(read.probabilities()[c.expected().index()]) + " ranked " + rank);
            }
            case DECISION -> {
                boolean ok = c.decision().equals(read.decision()) && (c.expected() == null
                        || read.probabilities()[c.expected().index()] >= REASON_THRESHOLD);
                yield result(c, ok, String.format(Locale.ROOT, "%s, risk %.1f; top %s%s", read.decision(),
                        read.risk(), topWords, c.expected() == null ? "" : "; " + c.expected().name() + " "
                        + fmt(read.probabilities()[c.expected().index()])));
            }
            case PROTECTED -> {
                double shift = 0;
                int moved = top;
                for (int k = 0; k < read.probabilities().length; k++) {
                    double d = Math.abs(read.probabilities()[k] - without.probabilities()[k]);
                    if (d > shift) {
                        shift = d;
                        moved = k;
                    }
                }
                double risk = Math.abs(read.risk() - without.risk());
                boolean ok = shift <= MAX_PROBABILITY_SHIFT && risk <= MAX_RISK_SHIFT
                        && read.decision().equals(without.decision());
                yield result(c, ok, String.format(Locale.ROOT, "largest shift %.3f (%s), risk shift %.2f, %s -> %s",
                        shift, ReasonCategory.fromIndex(moved).name(), risk, without.decision(), read.decision()));
            }
        };
    }

    private static CaseResult result(RobustnessCase c, boolean passed, String observed) {
        return new CaseResult(c.id(), c.kind(), c.base(), c.noteRead(), c.expectation(), observed, passed);
    }

    private static int argmax(float[] p) {
        int best = 0;
        for (int k = 1; k < p.length; k++) {
            if (p[k] > p[best]) {
                best = k;
            }
        }
        return best;
    }

    /** 1 + the number of categories more probable than {@code index} (ties count in the category's favour). */
    private static int rank(float[] p, int index) {
        int rank = 1;
        for (float v : p) {
            if (v > p[index]) {
                rank++;
            }
        }
        return rank;
    }

    private static String fmt(double p) {
        return String.format(Locale.ROOT, "%.3f", p);
    }
}
