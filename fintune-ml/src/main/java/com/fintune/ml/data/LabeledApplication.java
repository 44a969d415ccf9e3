package com.fintune.ml.data;

import com.fintune.ml.taxonomy.ReasonCategory;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * One application with its known outcome: the training and evaluation unit.
 *
 * @param id          unique application id (the HMDA ULI for imported records)
 * @param reasons     the denial reasons (empty = approvable); at most 4, as on a HMDA LAR
 * @param riskTarget  risk of default on a 0..100 scale
 * @param decision    the outcome and HMDA action
 * @param demographics protected characteristics, for fair-lending monitoring only
 */
public record LabeledApplication(String id, LoanApplication application, Set<ReasonCategory> reasons,
                                 double riskTarget, Decision decision, Demographics demographics) {

    public static final int MAX_REASONS = 4;

    public LabeledApplication {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("application id is required");
        }
        if (application == null) {
            throw new IllegalArgumentException("application is required");
        }
        reasons = reasons == null || reasons.isEmpty()
                ? Collections.unmodifiableSet(EnumSet.noneOf(ReasonCategory.class))
                : Collections.unmodifiableSet(EnumSet.copyOf(reasons));
        if (reasons.size() > MAX_REASONS) {
            throw new IllegalArgumentException("at most " + MAX_REASONS + " reasons, got " + reasons);
        }
        if (Double.isNaN(riskTarget) || riskTarget < 0 || riskTarget > 100) {
            throw new IllegalArgumentException("risk target must be within 0..100, was " + riskTarget);
        }
        if (decision == null) {
            throw new IllegalArgumentException("decision is required");
        }
        demographics = demographics == null ? Demographics.NOT_PROVIDED : demographics;
    }

    /** The reasons as a 0/1 vector in {@link ReasonCategory#index()} order (the model's target). */
    public float[] reasonVector() {
        float[] v = new float[ReasonCategory.COUNT];
        for (ReasonCategory r : reasons) {
            v[r.index()] = 1f;
        }
        return v;
    }
}
