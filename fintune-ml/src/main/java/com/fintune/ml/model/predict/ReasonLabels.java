package com.fintune.ml.model.predict;

import com.fintune.ml.model.RobertaConfig;
import com.fintune.ml.taxonomy.ReasonCategory;

import java.util.List;

/**
 * Which taxonomy category each reason logit stands for, from the config's {@code id2label}: category names map by
 * name (in any order); Hugging Face's placeholder labels {@code LABEL_i} map to index i.
 */
final class ReasonLabels {
    private final ReasonCategory[] categoryOfLogit;

    ReasonLabels(RobertaConfig config) {
        List<String> labels = config.labels();
        if (labels.size() != ReasonCategory.COUNT) {
            throw new IllegalArgumentException("the model has " + labels.size() + " reason outputs; FinTune's taxonomy "
                    + "has " + ReasonCategory.COUNT);
        }
        categoryOfLogit = new ReasonCategory[labels.size()];
        boolean[] seen = new boolean[ReasonCategory.COUNT];
        for (int i = 0; i < labels.size(); i++) {
            String label = labels.get(i);
            ReasonCategory c = label.equals("LABEL_" + i) ? ReasonCategory.fromIndex(i) : ReasonCategory.fromName(label);
            if (seen[c.index()]) {
                throw new IllegalArgumentException("id2label names " + c + " twice");
            }
            seen[c.index()] = true;
            categoryOfLogit[i] = c;
        }
    }

    /** Probabilities in taxonomy index order from probabilities in logit order. */
    float[] toTaxonomyOrder(float[] byLogit) {
        float[] out = new float[ReasonCategory.COUNT];
        for (int i = 0; i < byLogit.length; i++) {
            out[categoryOfLogit[i].index()] = byLogit[i];
        }
        return out;
    }
}
