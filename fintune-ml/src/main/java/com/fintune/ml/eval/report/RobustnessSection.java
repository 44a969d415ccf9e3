package com.fintune.ml.eval.report;

import com.fintune.ml.eval.robustness.CaseResult;
import com.fintune.ml.eval.robustness.KindSummary;
import com.fintune.ml.eval.robustness.RobustnessEvaluation;

import java.util.Locale;

/** The robustness section of the evaluation report: counts and pass rates per kind, then a table of the failures. */
public final class RobustnessSection {
    private RobustnessSection() {
    }

    /** The section as Markdown, starting with its "## Robustness" heading. */
    public static String markdown(RobustnessEvaluation r) {
        StringBuilder md = new StringBuilder();
        md.append("## Robustness (hand-written notes)\n\n").append("Set: ").append(r.set()).append(". ")
                .append(r.passed()).append(" of ").append(r.cases()).append(" cases pass (")
                .append(percent(r.passRate())).append("). Each note is read on a clean, approvable base application"
                        + " through the serving path (masking, the one inference path, the decision policy).\n\n");
        md.append("| kind | expected | cases | passed | pass rate |\n|---|---|---:|---:|---:|\n");
        for (KindSummary k : r.kinds()) {
            md.append("| ").append(k.kind().words()).append(" | ").append(k.kind().expectation()).append(" | ")
                    .append(k.cases()).append(" | ").append(k.passed()).append(" | ")
                    .append(k.cases() == 0 ? "–" : percent(k.passRate())).append(" |\n");
        }
        if (r.failures().isEmpty()) {
            md.append("\nNo failures.\n");
            return md.toString();
        }
        md.append("\n### Failures\n\n| case | kind | note | expected | observed |\n|---|---|---|---|---|\n");
        for (CaseResult f : r.failures()) {
            md.append("| ").append(f.id()).append(" | ").append(f.kind().words()).append(" | ")
                    .append(cell(f.note())).append(" | ").append(cell(f.expected())).append(" | ")
                    .append(cell(f.observed())).append(" |\n");
        }
        return md.toString();
    }

    private static String percent(double rate) {
        return String.format(Locale.ROOT, "%.1f %%", 100 * rate);
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
