package com.fintune.interfaces.console.evaluation;

import com.fintune.ml.eval.Evaluation;
import com.fintune.ml.eval.EvaluationReport;
import java.util.List;
import java.util.function.Function;

/**
 * One line of the summary table: a metric for the encoder, the tabular baseline and the noise ceiling, each blank
 * when the evaluation has no such section. The noise ceiling (the noise-free policy scored against the noisy labels)
 * has reason figures only: it has no risk score or probabilities of its own, so its risk, AUC, calibration and
 * fairness cells read "—", as in the Markdown report.
 */
public record SummaryRow(String metric, String encoder, String baseline, String noiseCeiling) {

    /** Written in the noise-ceiling column for a metric the ceiling does not have. */
    static final String NOT_APPLICABLE = "—";

    /**
     * A metric: its label, how to read it from an evaluation, how to write it, and whether the noise ceiling has it.
     */
    private record Metric(String label, Function<Evaluation, Double> value, Function<Double, String> format,
                          boolean ceilingHasIt) {
    }

    private static final List<Metric> METRICS = List.of(
            new Metric("Denial reasons: macro-F1", e -> e.reasons().macroF1(), Figure::ratio, true),
            new Metric("Denial reasons: micro-F1", e -> e.reasons().microF1(), Figure::ratio, true),
            new Metric("Principal reason: top-1 accuracy", e -> e.principal().top1Accuracy(), Figure::ratio, true),
            new Metric("Risk score: MAE (points of 100)", e -> e.risk().mae(), Figure::riskPoints, false),
            new Metric("Risk score: RMSE (points of 100)", e -> e.risk().rmse(), Figure::riskPoints, false),
            new Metric("Denial AUC of the risk score", Evaluation::denialAuc, Figure::ratio, false),
            new Metric("Calibration error (ECE)", e -> e.calibration().expectedCalibrationError(), Figure::ratio,
                    false),
            new Metric("Minimum adverse impact ratio",
                    e -> e.fairLending() == null ? Double.NaN : e.fairLending().minimumAdverseImpactRatio(),
                    Figure::ratio, false));

    /** The summary table of a report, one row per metric in a fixed order. */
    public static List<SummaryRow> of(EvaluationReport report) {
        return METRICS.stream().map(m -> new SummaryRow(m.label(), cell(m, report.encoder()),
                cell(m, report.baseline()), m.ceilingHasIt() || report.noiseCeiling() == null
                        ? cell(m, report.noiseCeiling()) : NOT_APPLICABLE)).toList();
    }

    private static String cell(Metric metric, Evaluation evaluation) {
        return evaluation == null ? "" : metric.format().apply(metric.value().apply(evaluation));
    }
}
