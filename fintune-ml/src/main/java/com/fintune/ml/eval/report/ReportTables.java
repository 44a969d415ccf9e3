package com.fintune.ml.eval.report;

import com.fintune.ml.eval.CategoryScore;
import com.fintune.ml.eval.Evaluation;
import com.fintune.ml.eval.GroupFairness;
import com.fintune.ml.eval.ReliabilityBin;
import java.util.List;
import java.util.Locale;

/** The Markdown tables of the report. */
final class ReportTables {
    private ReportTables() {
    }

    static void categories(StringBuilder md, Evaluation enc, Evaluation base) {
        md.append("| reason | support | precision | recall | F1 |");
        if (base != null) md.append(" baseline F1 |");
        md.append("\n|---|---:|---:|---:|---:|");
        if (base != null) md.append("---:|");
        md.append("\n");
        List<CategoryScore> rows = enc.reasons().perCategory();
        for (int c = 0; c < rows.size(); c++) {
            CategoryScore s = rows.get(c);
            md.append("| ").append(s.category()).append(" | ").append(s.support()).append(" | ")
                    .append(MarkdownReport.fmt(s.precision())).append(" | ").append(MarkdownReport.fmt(s.recall()))
                    .append(" | ").append(MarkdownReport.fmt(s.f1())).append(" |");
            if (base != null) {
                md.append(" ").append(MarkdownReport.fmt(base.reasons().perCategory().get(c).f1())).append(" |");
            }
            md.append("\n");
        }
    }

    static void calibration(StringBuilder md, Evaluation enc) {
        md.append("| bin | predictions | mean probability | observed frequency |\n|---|---:|---:|---:|\n");
        for (ReliabilityBin b : enc.calibration().bins()) {
            md.append(String.format(Locale.ROOT, "| %.1f–%.1f | %d | %s | %s |%n", b.lower(), b.upper(), b.count(),
                    MarkdownReport.fmt(b.meanConfidence()), MarkdownReport.fmt(b.observedFrequency())));
        }
    }

    /**
     * The encoder's fair-lending table, with the baseline's AIR and the lender policy's own AIR (the noise ceiling's
     * decisions on the same applicants) beside it when they were measured.
     */
    static void fairness(StringBuilder md, List<GroupFairness> enc, List<GroupFairness> base,
                         List<GroupFairness> policy) {
        md.append("| dimension | group | control | applicants | approval rate | AIR | SMD of risk |");
        if (!base.isEmpty()) md.append(" baseline AIR |");
        if (!policy.isEmpty()) md.append(" policy AIR |");
        md.append("\n|---|---|---|---:|---:|---:|---:|");
        if (!base.isEmpty()) md.append("---:|");
        if (!policy.isEmpty()) md.append("---:|");
        md.append("\n");
        for (GroupFairness g : enc) {
            md.append("| ").append(g.dimension()).append(" | ").append(g.group()).append(" | ").append(g.control())
                    .append(" | ").append(g.count()).append(" | ").append(MarkdownReport.fmt(g.approvalRate()))
                    .append(" | ").append(MarkdownReport.fmt(g.adverseImpactRatio())).append(" | ")
                    .append(MarkdownReport.fmt(g.standardizedMeanDifference())).append(" |");
            if (!base.isEmpty()) sameGroupAir(md, g, base);
            if (!policy.isEmpty()) sameGroupAir(md, g, policy);
            md.append("\n");
        }
    }

    private static void sameGroupAir(StringBuilder md, GroupFairness g, List<GroupFairness> other) {
        other.stream().filter(o -> o.dimension().equals(g.dimension()) && o.group().equals(g.group())).findFirst()
                .ifPresentOrElse(o -> md.append(" ").append(MarkdownReport.fmt(o.adverseImpactRatio())).append(" |"),
                        () -> md.append(" n/a |"));
    }
}
