package com.fintune.ml.eval;

import com.fintune.ml.eval.robustness.CaseKind;
import com.fintune.ml.eval.robustness.KindSummary;
import com.fintune.ml.eval.robustness.RobustnessEvaluation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The shipped model's acceptance targets (issues 6 and 11) checked against an {@link EvaluationReport}.
 *
 * @param macroF1   minimum macro-F1 of the reason head; with a noise ceiling in the report, also no more than
 *                  {@value #CEILING_GAP} below the ceiling's macro-F1
 * @param riskMae   maximum risk MAE (0-100 scale)
 * @param minAir    minimum adverse impact ratio of every protected group
 */
public record Targets(double macroF1, double riskMae, double minAir) {

    public static final Targets SHIPPED = new Targets(0.95, 3.8, 0.90);
    /** Largest allowed distance of macro-F1 below the noise ceiling (issue 11). */
    static final double CEILING_GAP = 0.03;
    /** A group's AIR may sit at most this far below the policy's own AIR for the same group (issue 11). */
    static final double POLICY_AIR_GAP = 0.05;
    /** Smallest group the AIR-versus-policy target applies to. */
    static final int POLICY_AIR_MIN_GROUP = 100;
    /** Share of paraphrased reasons that must rank first (issue 11). */
    static final double PARAPHRASE_RATE = 0.90;

    /** One checked target: what, the required value, the measured value, met or not. */
    public record Check(String target, String required, String measured, boolean met) {
    }

    public List<Check> check(EvaluationReport report) {
        Evaluation e = report.encoder();
        List<Check> checks = new ArrayList<>();
        double required = report.noiseCeiling() == null ? macroF1
                : Math.max(macroF1, report.noiseCeiling().reasons().macroF1() - CEILING_GAP);
        checks.add(new Check("macro-F1 (and within 3 points of the ceiling)", "≥ " + fmt(required),
                fmt(e.reasons().macroF1()), e.reasons().macroF1() >= required));
        checks.add(new Check("risk MAE", "≤ " + fmt(riskMae), fmt(e.risk().mae()), e.risk().mae() <= riskMae));
        Evaluation b = report.baseline();
        if (b != null) {
            checks.add(new Check("macro-F1 vs baseline", "≥ " + fmt(b.reasons().macroF1()),
                    fmt(e.reasons().macroF1()), e.reasons().macroF1() >= b.reasons().macroF1()));
            checks.add(new Check("risk MAE vs baseline", "≤ " + fmt(b.risk().mae()), fmt(e.risk().mae()),
                    e.risk().mae() <= b.risk().mae()));
        }
        double air = e.fairLending().minimumAdverseImpactRatio();
        checks.add(new Check("minimum AIR", "≥ " + fmt(minAir), fmt(air), air >= minAir));
        if (report.noiseCeiling() != null) {
            checks.add(airAgainstPolicy(e.fairLending(), report.noiseCeiling().fairLending()));
        }
        if (report.robustness() != null) {
            robustness(report.robustness(), checks);
        }
        return checks;
    }

    /** The group of 100+ applicants whose AIR falls furthest below the policy's own AIR for it. */
    private static Check airAgainstPolicy(FairLending model, FairLending policy) {
        double worst = Double.POSITIVE_INFINITY;
        String where = "no group of " + POLICY_AIR_MIN_GROUP + "+";
        for (GroupFairness g : model.groups()) {
            if (g.count() < POLICY_AIR_MIN_GROUP) {
                continue;
            }
            for (GroupFairness p : policy.groups()) {
                if (p.dimension().equals(g.dimension()) && p.group().equals(g.group())) {
                    double margin = g.adverseImpactRatio() - p.adverseImpactRatio();
                    if (margin < worst) {
                        worst = margin;
                        where = fmt(margin) + " (" + g.dimension() + " " + g.group() + ")";
                    }
                }
            }
        }
        return new Check("AIR minus policy AIR, groups of " + POLICY_AIR_MIN_GROUP + "+", "≥ -" + fmt(POLICY_AIR_GAP),
                where, worst == Double.POSITIVE_INFINITY || worst >= -POLICY_AIR_GAP);
    }

    /** Issue 11's robustness targets: every benign and negated note approved, no protected insertion moves. */
    private static void robustness(RobustnessEvaluation r, List<Check> checks) {
        KindSummary benign = r.kind(CaseKind.BENIGN);
        KindSummary negation = r.kind(CaseKind.NEGATION);
        int cases = benign.cases() + negation.cases();
        int passed = benign.passed() + negation.passed();
        checks.add(new Check("robustness: benign and negated notes APPROVE", "all", passed + " of " + cases,
                passed == cases));
        KindSummary paraphrase = r.kind(CaseKind.PARAPHRASE);
        checks.add(new Check("robustness: paraphrased reason ranked first", "≥ 90 %",
                paraphrase.passed() + " of " + paraphrase.cases(), paraphrase.passRate() >= PARAPHRASE_RATE));
        KindSummary protectedWords = r.kind(CaseKind.PROTECTED);
        checks.add(new Check("robustness: protected insertions move nothing", "all",
                protectedWords.passed() + " of " + protectedWords.cases(),
                protectedWords.passed() == protectedWords.cases()));
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.4f", v);
    }
}
