package com.fintune.ml.explain.counterfactual;

import com.fintune.ml.features.ApplicationFeatures;
import com.fintune.ml.serving.ModelScores;
import com.fintune.ml.serving.ScoringModel;
import java.util.ArrayList;
import java.util.List;

/** Passes scoring through to a real model and keeps every feature set it was asked about, in order. */
final class CountingModel implements ScoringModel {

    private final ScoringModel delegate;
    final List<ApplicationFeatures> seen = new ArrayList<>();
    int batches;

    CountingModel(ScoringModel delegate) {
        this.delegate = delegate;
    }

    @Override
    public String version() {
        return delegate.version();
    }

    @Override
    public synchronized List<ModelScores> score(List<ApplicationFeatures> applications) {
        batches++;
        seen.addAll(applications);
        return delegate.score(applications);
    }
}
