package com.fintune.ml.explain.counterfactual;

import java.util.List;
import java.util.Set;

/**
 * What the search found for one application.
 *
 * @param counterfactuals approved changes, smallest cost first (then fewer levers); empty when none
 * @param reason          why the list is empty, or what limited the search (null when nothing needs saying)
 * @param candidatesScored candidate applications the model scored in this search
 * @param maxCandidates   the budget it ran under
 * @param leversTried     the levers the application allowed and the search tried
 */
public record CounterfactualResult(List<Counterfactual> counterfactuals, String reason, int candidatesScored,
                                   int maxCandidates, Set<Lever> leversTried) {

    public CounterfactualResult {
        counterfactuals = List.copyOf(counterfactuals);
        leversTried = Set.copyOf(leversTried);
    }

    static CounterfactualResult none(String reason, int maxCandidates) {
        return new CounterfactualResult(List.of(), reason, 0, maxCandidates, Set.of());
    }
}
