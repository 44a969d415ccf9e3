package com.fintune.interfaces.console.evaluation;

import com.fintune.ml.eval.FairLending;
import com.fintune.ml.eval.GroupFairness;
import java.util.List;

/**
 * One protected group of the encoder's fair-lending figures against its dimension's control group.
 *
 * @param dimension     race, ethnicity, sex, age, ...
 * @param group         the group
 * @param control       the dimension's control group
 * @param applicants    test applicants in the group
 * @param approvalRate  share the model would approve
 * @param air           adverse impact ratio (approval rate ÷ the control group's)
 * @param smd           standardized mean difference of the risk score against the control group
 * @param policyAir     the same ratio for the lender policy's own decisions on the same applicants (the noise
 *                      ceiling's), blank when not measured: a low ratio the policy shares comes from the
 *                      applicants drawn, not from the model
 * @param belowFourFifths whether the AIR is under 0.8, the four-fifths rule's flag
 */
public record FairnessRow(String dimension, String group, String control, int applicants, String approvalRate,
                          String air, String smd, String policyAir, boolean belowFourFifths) {

    static final double FOUR_FIFTHS = 0.8;

    /**
     * The table in the evaluator's order (dimension, then group); empty when fairness was not measured.
     *
     * @param policy the noise ceiling's fair-lending figures, or null
     */
    public static List<FairnessRow> of(FairLending fairLending, FairLending policy) {
        if (fairLending == null || fairLending.groups() == null) {
            return List.of();
        }
        List<GroupFairness> policyGroups = policy == null || policy.groups() == null ? List.of() : policy.groups();
        return fairLending.groups().stream().map(g -> of(g, policyGroups)).toList();
    }

    private static FairnessRow of(GroupFairness g, List<GroupFairness> policy) {
        String policyAir = policy.stream().filter(p -> p.dimension().equals(g.dimension())
                && p.group().equals(g.group())).findFirst().map(p -> Figure.ratio(p.adverseImpactRatio())).orElse("");
        return new FairnessRow(g.dimension(), g.group(), g.control(), g.count(), Figure.percent(g.approvalRate()),
                Figure.ratio(g.adverseImpactRatio()), Figure.ratio(g.standardizedMeanDifference()), policyAir,
                g.adverseImpactRatio() < FOUR_FIFTHS);
    }
}
