package com.fintune.ml.eval;

import com.fintune.ml.data.Decision;
import com.fintune.ml.data.Demographics;
import com.fintune.ml.data.LabeledApplication;
import com.fintune.ml.taxonomy.ReasonCategory;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns labelled applications plus any model's scores into an {@link EvaluationInput}: the truth from the
 * records, the model's approval as "no reason reaches the threshold", and the protected groups from
 * {@link Demographics} (not-provided answers are left out of the fair-lending figures).
 */
public final class LabeledEvaluation {
    /** Control groups of the adverse impact ratio (HMDA's usual reference groups); age uses its largest band. */
    public static final Map<String, String> CONTROLS = FairLending.controls(
            "race", Demographics.Race.WHITE.name(), "ethnicity", Demographics.Ethnicity.NOT_HISPANIC.name(),
            "sex", Demographics.Sex.MALE.name());

    private LabeledEvaluation() {
    }

    public static List<String> categoryNames() {
        return Arrays.stream(ReasonCategory.values()).map(Enum::name).toList();
    }

    public static Evaluator evaluator(double threshold) {
        return new Evaluator(categoryNames(), threshold, CONTROLS);
    }

    /**
     * @param probabilities [application][category] the model's reason probabilities
     * @param risk          [application] the model's risk scores, 0-100
     */
    public static EvaluationInput input(List<LabeledApplication> apps, double[][] probabilities, double[] risk,
                                        double threshold) {
        int n = apps.size();
        boolean[][] truth = new boolean[n][ReasonCategory.COUNT];
        int[] principal = new int[n];
        double[] target = new double[n];
        boolean[] denied = new boolean[n];
        boolean[] approved = new boolean[n];
        String[] race = new String[n], ethnicity = new String[n], sex = new String[n], age = new String[n];
        for (int i = 0; i < n; i++) {
            LabeledApplication a = apps.get(i);
            principal[i] = -1;
            for (ReasonCategory r : a.reasons()) { // an EnumSet: taxonomy order, so the first is the principal
                truth[i][r.index()] = true;
                if (principal[i] < 0) principal[i] = r.index();
            }
            target[i] = a.riskTarget();
            denied[i] = a.decision().outcome() == Decision.Outcome.DENY;
            approved[i] = Arrays.stream(probabilities[i]).allMatch(p -> p < threshold);
            Demographics d = a.demographics();
            race[i] = provided(d.race());
            ethnicity[i] = provided(d.ethnicity());
            sex[i] = provided(d.sex());
            age[i] = provided(d.ageBand());
        }
        Map<String, String[]> groups = new LinkedHashMap<>();
        groups.put("race", race);
        groups.put("ethnicity", ethnicity);
        groups.put("sex", sex);
        groups.put("age", age);
        return new EvaluationInput(probabilities, truth, principal, risk, target, denied, approved, groups);
    }

    private static String provided(Enum<?> value) {
        return value == null || value.name().equals("NOT_PROVIDED") ? null : value.name();
    }
}
