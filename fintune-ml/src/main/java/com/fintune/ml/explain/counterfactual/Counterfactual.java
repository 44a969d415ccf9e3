package com.fintune.ml.explain.counterfactual;

import com.fintune.ml.data.LoanApplication;
import com.fintune.ml.data.LoanApplicationBuilder;
import com.fintune.ml.data.MortgageProduct;
import com.fintune.ml.explain.UnderwritingDecision;
import java.util.List;

/**
 * A changed application that the model and the decision policy approve: exactly a candidate the model scored (the
 * figures are never interpolated between scored points).
 *
 * @param levers      the lever or two levers pulled
 * @param changes     every changed field, stated value to counterfactual value
 * @param decision    the policy's decision on the model's new scores (APPROVE)
 * @param riskScore   the model's new risk score, 0..100, two decimals
 * @param topReasons  the model's three most likely reasons now, with their probabilities (all below the policy's
 *                    reporting threshold, as the answer is an approval)
 * @param action      what to do, in one plain-English sentence
 * @param cost        what it costs the applicant, dollars (see {@link Lever#costMeasure()})
 * @param costMeasure what {@code cost} counts, in words
 * @param monotone    false when the approvals along this lever's search were not monotone in the amount (a larger
 *                    change was refused where a smaller one was approved): the figure is still a scored approval,
 *                    but a nearby smaller change may approve too
 */
public record Counterfactual(List<Lever> levers, List<FieldChange> changes, UnderwritingDecision decision,
                             double riskScore, List<ReasonScore> topReasons, String action, double cost,
                             String costMeasure, boolean monotone) {

    public Counterfactual {
        levers = List.copyOf(levers);
        changes = List.copyOf(changes);
        topReasons = List.copyOf(topReasons);
    }

    /** The counterfactual value of a field, or null when the counterfactual leaves it alone. */
    public Object changed(String field) {
        return changes.stream().filter(c -> c.field().equals(field)).map(FieldChange::to).findFirst().orElse(null);
    }

    /**
     * The application as this counterfactual changes it (to re-score or show it): {@code original} with every
     * change applied, nothing else touched.
     */
    public LoanApplication applyTo(LoanApplication original) {
        LoanApplicationBuilder b = original.toBuilder();
        for (FieldChange c : changes) {
            Double number = c.to() instanceof Number n ? n.doubleValue() : null;
            switch (c.field()) {
                case "loanAmount" -> b.loanAmount(number);
                case "product" -> b.product(c.to() == null ? null : MortgageProduct.valueOf((String) c.to()));
                case "monthlyHousingPayment" -> b.monthlyHousingPayment(number);
                case "monthlyDebts" -> b.monthlyDebts(number);
                case "dtiPercent" -> b.dtiPercent(number);
                case "ltvPercent" -> b.ltvPercent(number);
                case "cltvPercent" -> b.cltvPercent(number);
                case "liquidReserves" -> b.liquidReserves(number);
                case "cashToClose" -> b.cashToClose(number);
                default -> throw new IllegalStateException("not an actionable field: " + c.field());
            }
        }
        return b.build();
    }

    /** A reason and the model's probability for it. */
    public record ReasonScore(String reason, double probability) {
    }
}
