package com.fintune.ml.explain.counterfactual;

import com.fintune.ml.features.ApplicationFeatures;
import com.fintune.ml.serving.ModelScores;
import com.fintune.ml.serving.ScoringModel;
import com.fintune.ml.taxonomy.ReasonCategory;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * A fake scoring model whose approval frontier is known: it answers DTI at 0.9 (a DENY under the default policy)
 * unless {@code approves} holds for the features, then nothing at all with risk 5 (an APPROVE). Counts candidates
 * and batches, and keeps every feature set it was asked about.
 */
final class RuleModel implements ScoringModel {

    private final Predicate<ApplicationFeatures> approves;
    final List<ApplicationFeatures> seen = new ArrayList<>();
    int batches;

    RuleModel(Predicate<ApplicationFeatures> approves) {
        this.approves = approves;
    }

    @Override
    public String version() {
        return "rule@000000000000";
    }

    @Override
    public synchronized List<ModelScores> score(List<ApplicationFeatures> applications) {
        batches++;
        seen.addAll(applications);
        return applications.stream().map(f -> {
            float[] p = new float[ReasonCategory.COUNT];
            if (!approves.test(f)) {
                p[ReasonCategory.DTI.index()] = 0.9f;
            }
            return new ModelScores(p, 5);
        }).toList();
    }
}
