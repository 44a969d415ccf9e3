package com.fintune.ml.eval.report;

import com.fintune.ml.eval.CategoryScore;
import com.fintune.ml.eval.Evaluation;
import com.fintune.ml.eval.EvaluationReport;
import com.fintune.ml.eval.Targets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes an {@link EvaluationReport} as Markdown (tables, encoder beside baseline) plus three SVG charts in a
 * folder next to it, so the report reads on its own in any Markdown viewer.
 */
public final class MarkdownReport {
    public static final String RELIABILITY_SVG = "reliability.svg";
    public static final String F1_SVG = "category-f1.svg";
    public static final String CONFUSION_SVG = "confusion-matrix.svg";

    private MarkdownReport() {
    }

    /**
     * @param markdown  the report file to write
     * @param chartsDir the folder for the SVG charts (created); linked relative to the report
     * @return the Markdown text written
     */
    public static String write(Path markdown, Path chartsDir, EvaluationReport report) throws IOException {
        Files.createDirectories(chartsDir);
        Evaluation enc = report.encoder();
        Evaluation base = report.baseline();
        List<String> names = enc.reasons().perCategory().stream().map(CategoryScore::category).toList();
        List<String> series = new ArrayList<>(List.of(enc.model()));
        List<double[]> f1 = new ArrayList<>(List.of(f1s(enc)));
        List<com.fintune.ml.eval.Calibration> cals = new ArrayList<>(List.of(enc.calibration()));
        if (base != null) {
            series.add(base.model());
            f1.add(f1s(base));
            cals.add(base.calibration());
        }
        Files.writeString(chartsDir.resolve(RELIABILITY_SVG),
                ReliabilityChart.render("Reliability of reason probabilities", series, cals));
        Files.writeString(chartsDir.resolve(F1_SVG),
                CategoryBarChart.render("F1 per denial reason", names, series, f1.toArray(double[][]::new)));
        Files.writeString(chartsDir.resolve(CONFUSION_SVG),
                ConfusionMatrixChart.render("Principal reason: " + enc.model(), enc.principal()));
        Path parent = markdown.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        String rel = parent.relativize(chartsDir.toAbsolutePath()).toString().replace('\\', '/');
        String prefix = rel.isEmpty() ? "" : rel + "/";
        String text = render(report, prefix);
        Files.writeString(markdown, text);
        return text;
    }

    static String render(EvaluationReport report, String chartPrefix) {
        Evaluation enc = report.encoder();
        Evaluation base = report.baseline();
        Evaluation ceil = report.noiseCeiling();
        StringBuilder md = new StringBuilder();
        md.append("# Evaluation: ").append(report.model()).append("\n\n");
        md.append("Test set: ").append(report.testSet()).append(" (").append(enc.applications())
                .append(" applications).\n\n");
        md.append("## Summary\n\n| metric | ").append(enc.model());
        if (base != null) md.append(" | ").append(base.model());
        if (ceil != null) md.append(" | noise ceiling");
        md.append(" |\n|---|---:");
        if (base != null) md.append("|---:");
        if (ceil != null) md.append("|---:");
        md.append("|\n");
        summaryRow(md, "macro-F1", true, enc.reasons().macroF1(), base, ceil, e -> e.reasons().macroF1());
        summaryRow(md, "micro-F1", true, enc.reasons().microF1(), base, ceil, e -> e.reasons().microF1());
        summaryRow(md, "macro precision", true, enc.reasons().macroPrecision(), base, ceil,
                e -> e.reasons().macroPrecision());
        summaryRow(md, "macro recall", true, enc.reasons().macroRecall(), base, ceil, e -> e.reasons().macroRecall());
        summaryRow(md, "exact match (all 12 right)", true, enc.reasons().exactMatchRatio(), base, ceil,
                e -> e.reasons().exactMatchRatio());
        summaryRow(md, "principal reason top-1 accuracy", true, enc.principal().top1Accuracy(), base, ceil,
                e -> e.principal().top1Accuracy());
        summaryRow(md, "risk MAE (0-100)", false, enc.risk().mae(), base, ceil, e -> e.risk().mae());
        summaryRow(md, "risk RMSE (0-100)", false, enc.risk().rmse(), base, ceil, e -> e.risk().rmse());
        summaryRow(md, "denial AUC of risk score", false, enc.denialAuc(), base, ceil, Evaluation::denialAuc);
        summaryRow(md, "expected calibration error", false, enc.calibration().expectedCalibrationError(), base, ceil,
                e -> e.calibration().expectedCalibrationError());
        summaryRow(md, "minimum adverse impact ratio", false, enc.fairLending().minimumAdverseImpactRatio(), base, ceil,
                e -> e.fairLending().minimumAdverseImpactRatio());
        md.append("\n## Targets\n\n| target | required | measured | met |\n|---|---|---|---|\n");
        for (Targets.Check c : Targets.SHIPPED.check(report)) {
            md.append("| ").append(c.target()).append(" | ").append(c.required()).append(" | ")
                    .append(c.measured()).append(" | ").append(c.met() ? "yes" : "**no**").append(" |\n");
        }
        md.append("\n## Per denial reason\n\n![F1 per reason](").append(chartPrefix).append(F1_SVG).append(")\n\n");
        ReportTables.categories(md, enc, base);
        md.append("\n## Principal reason\n\n![confusion matrix](").append(chartPrefix).append(CONFUSION_SVG)
                .append(")\n\nRows: the true principal reason (a prediction naming any true reason counts on the"
                        + " diagonal); columns: the model's most probable reason, or APPROVABLE when none reaches"
                        + " the threshold.\n");
        md.append("\n## Calibration\n\n![reliability](").append(chartPrefix).append(RELIABILITY_SVG)
                .append(")\n\n");
        ReportTables.calibration(md, enc);
        md.append("\n## Fair lending\n\nApproval = no reason predicted. AIR = group approval rate / control"
                + " approval rate; SMD = standardized mean difference of predicted risk against the control."
                + (ceil == null || ceil.fairLending() == null ? "" : " Policy AIR = the same ratio for the lender"
                + " policy's own decisions on these applicants (the noise ceiling): a ratio the model shares with"
                + " the policy comes from the applicants drawn, not from the model.") + "\n\n");
        ReportTables.fairness(md, enc.fairLending().groups(), base == null ? List.of() : base.fairLending().groups(),
                ceil == null || ceil.fairLending() == null ? List.of() : ceil.fairLending().groups());
        if (report.robustness() != null) {
            md.append('\n').append(RobustnessSection.markdown(report.robustness()));
        }
        return md.toString();
    }

    /** @param reasonMetric false for risk and decision figures, which the noise ceiling (a policy) does not have */
    private static void summaryRow(StringBuilder md, String name, boolean reasonMetric, double value, Evaluation base,
                                   Evaluation ceil, java.util.function.ToDoubleFunction<Evaluation> metric) {
        md.append("| ").append(name).append(" | ").append(fmt(value));
        if (base != null) md.append(" | ").append(fmt(metric.applyAsDouble(base)));
        if (ceil != null) md.append(" | ").append(reasonMetric ? fmt(metric.applyAsDouble(ceil)) : "—");
        md.append(" |\n");
    }

    private static double[] f1s(Evaluation e) {
        return e.reasons().perCategory().stream().mapToDouble(CategoryScore::f1).toArray();
    }

    static String fmt(double v) {
        return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%.4f", v);
    }

}
