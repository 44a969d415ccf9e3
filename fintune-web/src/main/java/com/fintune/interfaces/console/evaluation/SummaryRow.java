package com.fintune.interfaces.console.evaluation;

import com.fintune.ml.eval.Evaluation;
import com.fintune.ml.eval.EvaluationReport;
import java.util.List;
import java.util.function.Function;

/**
 * One line of the summary table: a metric for the encoder, the tabular baseline and the noise ceiling, each blank
 * when the evaluation has no such section.
 */
public record SummaryRow(String metric, String encoder, String baseline, String noiseCeiling) {

    /** A metric: its label, how to read it from an evaluation, and how to write it. */
    private record Metric(String label, Function<Evaluation, Double> value, Function<Double, String> format) {
    }

    private static final List<Metric> METRICS = List.of(
            new Metric("Denial reasons: macro-F1", e -> e.reasons().macroF1(), Figure::ratio),
            new Metric("Denial reasons: micro-F1", e -> e.reasons().microF1(), Figure::ratio),
            new Metric("Principal reason: top-1 accuracy", e -> e.principal().top1Accuracy(), Figure::ratio),
            new Metric("Risk score: MAE (points of 100)", e -> e.risk().mae(), Figure::riskPoints),
            new Metric("Risk score: RMSE (points of 100)", e -> e.risk().rmse(), Figure::riskPoints),
            new Metric("Denial AUC of the risk score", Evaluation::denialAuc, Figure::ratio),
            new Metric("Calibration error (ECE)", e -> e.calibration().expectedCalibrationError(), Figure::ratio),
            new Metric("Minimum adverse impact ratio",
                    e -> e.fairLending() == null ? Double.NaN : e.fairLending().minimumAdverseImpactRatio(),
                    Figure::ratio));

    /** The summary table of a report, one row per metric in a fixed order. */
    public static List<SummaryRow> of(EvaluationReport report) {
        return METRICS.stream().map(m -> new SummaryRow(m.label(), cell(m, report.encoder()),
                cell(m, report.baseline()), cell(m, report.noiseCeiling()))).toList();
    }

    private static String cell(Metric metric, Evaluation evaluation) {
        return evaluation == null ? "" : metric.format().apply(metric.value().apply(evaluation));
    }
}
