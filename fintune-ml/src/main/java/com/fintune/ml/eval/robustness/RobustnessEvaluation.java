package com.fintune.ml.eval.robustness;

import java.util.ArrayList;
import java.util.List;

/**
 * A model's figures on a robustness set: how many cases of each kind passed, and every failure.
 *
 * @param set      which set (its name or file)
 * @param cases    cases run
 * @param passed   cases that passed
 * @param passRate passed / cases
 * @param kinds    one summary per kind, in {@link CaseKind} order (kinds without cases included, with 0 cases)
 * @param failures the cases that failed, in set order
 */
public record RobustnessEvaluation(String set, int cases, int passed, double passRate, List<KindSummary> kinds,
                                   List<CaseResult> failures) {

    public RobustnessEvaluation {
        kinds = List.copyOf(kinds);
        failures = List.copyOf(failures);
    }

    /** Counts and failures of {@code results}. */
    public static RobustnessEvaluation of(String set, List<CaseResult> results) {
        List<KindSummary> kinds = new ArrayList<>();
        for (CaseKind k : CaseKind.values()) {
            int n = 0;
            int ok = 0;
            for (CaseResult r : results) {
                if (r.kind() == k) {
                    n++;
                    ok += r.passed() ? 1 : 0;
                }
            }
            kinds.add(new KindSummary(k, n, ok, rate(ok, n)));
        }
        int passed = (int) results.stream().filter(CaseResult::passed).count();
        return new RobustnessEvaluation(set, results.size(), passed, rate(passed, results.size()), kinds,
                results.stream().filter(r -> !r.passed()).toList());
    }

    /** The summary of one kind. */
    public KindSummary kind(CaseKind kind) {
        return kinds.stream().filter(k -> k.kind() == kind).findFirst().orElseThrow();
    }

    private static double rate(int passed, int cases) {
        return cases == 0 ? 0 : (double) passed / cases;
    }
}
