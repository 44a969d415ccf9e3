package com.fintune.interfaces.console.evaluation;

import com.fintune.ml.eval.CategoryScore;
import com.fintune.ml.eval.EvaluationReport;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One denial-reason category of the encoder's evaluation beside the baseline's F1 for the same category.
 *
 * @param category   the category's name (DTI, INCOME, ...)
 * @param support    test applications that truly carry it
 * @param precision  the encoder's precision
 * @param recall     the encoder's recall
 * @param f1         the encoder's F1
 * @param baselineF1 the tabular baseline's F1, blank when the report has no baseline or it lacks the category
 */
public record ReasonRow(String category, int support, String precision, String recall, String f1,
                        String baselineF1) {

    /** The per-reason table in the encoder's category order. */
    public static List<ReasonRow> of(EvaluationReport report) {
        Map<String, CategoryScore> baseline = baselineByCategory(report);
        return report.encoder().reasons().perCategory().stream().map(c -> new ReasonRow(c.category(), c.support(),
                Figure.ratio(c.precision()), Figure.ratio(c.recall()), Figure.ratio(c.f1()),
                baseline.containsKey(c.category()) ? Figure.ratio(baseline.get(c.category()).f1()) : ""))
                .toList();
    }

    static Map<String, CategoryScore> baselineByCategory(EvaluationReport report) {
        if (report.baseline() == null) {
            return Map.of();
        }
        return report.baseline().reasons().perCategory().stream()
                .collect(Collectors.toMap(CategoryScore::category, Function.identity(), (a, b) -> a));
    }
}
