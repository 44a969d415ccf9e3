package com.fintune.ml.explain.attribution;

import com.fintune.ml.data.LoanApplication;
import com.fintune.ml.taxonomy.ReasonCategory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Everything an explanation says about one application: the reference it was measured against, the Shapley
 * decomposition of the risk score and of each reason's probability, the notes' sentences with their effect, and
 * what it cost.
 *
 * @param reference      the reference applicant ({@link ReferenceApplicant})
 * @param risk           the risk score's decomposition (points)
 * @param reasons        each reason's probability decomposed, in taxonomy order
 * @param notes          the notes' sentences in order, with their occlusion effects
 * @param coalitions     coalitions the game has (2^groups)
 * @param modelInputs    distinct model inputs actually scored (coalitions that read the same are scored once,
 *                       plus one per occluded sentence)
 * @param elapsedMillis  wall time of the whole computation
 */
public record AttributionReport(LoanApplication reference, Attribution risk, Map<ReasonCategory, Attribution> reasons,
                                List<NoteSpan> notes, int coalitions, int modelInputs, double elapsedMillis) {

    public AttributionReport {
        reasons = Map.copyOf(reasons);
        notes = List.copyOf(notes);
    }

    /**
     * The given reasons ordered by their contribution to the decision: each reason's whole Shapley effect, its
     * probability for the application minus that for the reference (largest first; ties keep the given order).
     */
    public List<ReasonCategory> byContribution(List<ReasonCategory> reported) {
        List<ReasonCategory> out = new ArrayList<>(reported);
        out.sort(Comparator.comparingDouble((ReasonCategory c) -> -reasons.get(c).total()));
        return out;
    }

    /**
     * Up to {@code max} feature groups that raised the risk score most (positive contributions only), the key
     * factors a credit-score disclosure lists.
     */
    public List<FeatureGroup> keyRiskFactors(int max) {
        return risk.largestFirst().stream().filter(c -> c.value() > 0).limit(max).map(Contribution::group).toList();
    }

    /** The largest |residual| over the risk score and every reason: how far the contributions miss adding up. */
    public double largestResidual() {
        double worst = Math.abs(risk.residual());
        for (Attribution a : reasons.values()) {
            worst = Math.max(worst, Math.abs(a.residual()));
        }
        return worst;
    }
}
