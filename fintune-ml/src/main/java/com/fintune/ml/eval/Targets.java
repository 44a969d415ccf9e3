package com.fintune.ml.eval;

import com.fintune.ml.eval.robustness.CaseKind;
import com.fintune.ml.eval.robustness.KindSummary;
import com.fintune.ml.eval.robustness.RobustnessEvaluation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The shipped model's acceptance targets (issue 6) checked against an {@link EvaluationReport}.
 *
 * @param macroF1   minimum macro-F1 of the reason head
 * @param riskMae   maximum risk MAE (0-100 scale)
 * @param minAir    minimum adverse impact ratio of every protected group
 */
public record Targets(double macroF1, double riskMae, double minAir) {

    public static final Targets SHIPPED = new Targets(0.942, 3.8, 0.90);
    /** Share of paraphrased reasons that must rank first (issue 11). */
    static final double PARAPHRASE_RATE = 0.90;

    /** One checked target: what, the required value, the measured value, met or not. */
    public record Check(String target, String required, String measured, boolean met) {
    }

    public List<Check> check(EvaluationReport report) {
        Evaluation e = report.encoder();
        List<Check> checks = new ArrayList<>();
        checks.add(new Check("macro-F1", "≥ " + fmt(macroF1), fmt(e.reasons().macroF1()),
                e.reasons().macroF1() >= macroF1));
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
        if (report.robustness() != null) {
            robustness(report.robustness(), checks);
        }
        return checks;
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
