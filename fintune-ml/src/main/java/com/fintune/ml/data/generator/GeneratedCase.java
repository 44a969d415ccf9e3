package com.fintune.ml.data.generator;

import com.fintune.ml.data.LabeledApplication;
import com.fintune.ml.taxonomy.ReasonCategory;
import java.util.List;
import java.util.Set;

/**
 * One synthetic file: the labelled application as published (noisy labels), the policy's own (clean) reasons,
 * the customer and the documents in the file.
 */
public record GeneratedCase(LabeledApplication labeled, Set<ReasonCategory> policyReasons, String customerId,
                            List<LoanDocument> documents) {

    public GeneratedCase {
        policyReasons = Set.copyOf(policyReasons);
        documents = List.copyOf(documents);
    }

    /** True when label noise changed this application's reasons. */
    public boolean noisy() {
        return !labeled.reasons().equals(policyReasons);
    }
}
