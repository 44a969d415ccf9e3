package com.fintune.ml.explain.counterfactual;

import com.fintune.ml.explain.Recommendation;
import com.fintune.ml.serving.PredictionAnswer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Holds the rule-based remediation figures ({@code RemediationPlanner}'s targetName / targetValue) against what the
 * model approves: a rule figure the model and policy approve (within the search's resolution) is confirmed; one
 * they do not is replaced by the model's figure, both kept. Only figures a lever searches can be checked: today
 * {@code maxLoanAmount} (the loan-amount and down-payment levers); income, funds, employment and score targets are
 * not levers and stay unchecked. Pure: it makes no model call.
 */
public final class RuleFigureCheck {

    /** What the model says about a rule's figure. */
    public enum Verdict {
        /** The model and policy approve at the rule's figure or a more generous one (within the tolerance). */
        CONFIRMED,
        /** They approve only at a stricter figure: use {@link Checked#modelValue()}. */
        REPLACED,
        /** The lever was searched and nothing within its bounds approves: the rule's figure does not suffice. */
        NOT_APPROVED_BY_MODEL,
        /** The figure is not one a lever searches (or the lever did not apply): the rule's figure stands unchecked. */
        NOT_SEARCHED
    }

    /**
     * One rule figure and the verdict.
     *
     * @param reason     the reason the rule addressed
     * @param targetName what the figure is, e.g. "maxLoanAmount"
     * @param ruleValue  the rule's figure
     * @param modelValue the model's figure for the same target, or null when it has none
     * @param verdict    see {@link Verdict}
     * @param monotone   false when the model's figure came from a search whose approvals were not monotone
     */
    public record Checked(String reason, String targetName, Double ruleValue, Double modelValue, Verdict verdict,
                          boolean monotone) {

        /** The figure to state: the model's when it replaced the rule's, else the rule's. */
        public Double figure() {
            return verdict == Verdict.REPLACED ? modelValue : ruleValue;
        }
    }

    private static final Set<Lever> LOAN_LEVERS = Set.of(Lever.LOAN_AMOUNT, Lever.DOWN_PAYMENT);

    private RuleFigureCheck() {
    }

    /** Checks the explainer's recommendations; {@code tolerance} in the figure's unit (the search's loan step). */
    public static List<Checked> check(List<Recommendation> rules, CounterfactualResult result, double tolerance) {
        List<Checked> out = new ArrayList<>();
        for (Recommendation r : rules) {
            if (r.targetName() != null && r.targetValue() != null) {
                out.add(check(r.category().name(), r.targetName(), r.targetValue(), result, tolerance));
            }
        }
        return out;
    }

    /** Checks a stored answer's remediation (what the server has at hand for a prediction id). */
    public static List<Checked> checkAnswer(List<PredictionAnswer.Remediation> rules, CounterfactualResult result,
                                            double tolerance) {
        List<Checked> out = new ArrayList<>();
        for (PredictionAnswer.Remediation r : rules) {
            if (r.targetName() != null && r.targetValue() != null) {
                out.add(check(r.reason(), r.targetName(), r.targetValue(), result, tolerance));
            }
        }
        return out;
    }

    static Checked check(String reason, String target, double rule, CounterfactualResult result, double tolerance) {
        if (!"maxLoanAmount".equals(target)) {
            return new Checked(reason, target, rule, null, Verdict.NOT_SEARCHED, true);
        }
        Counterfactual best = null;
        for (Counterfactual c : result.counterfactuals()) {
            if (c.levers().size() == 1 && LOAN_LEVERS.contains(c.levers().get(0))
                    && (best == null || loan(c) > loan(best))) {
                best = c;
            }
        }
        if (best == null) {
            boolean searched = result.leversTried().stream().anyMatch(LOAN_LEVERS::contains);
            return new Checked(reason, target, rule, null,
                    searched ? Verdict.NOT_APPROVED_BY_MODEL : Verdict.NOT_SEARCHED, true);
        }
        double model = loan(best);
        Verdict v = model >= rule - tolerance ? Verdict.CONFIRMED : Verdict.REPLACED;
        return new Checked(reason, target, rule, model, v, best.monotone());
    }

    private static double loan(Counterfactual c) {
        return ((Number) c.changed("loanAmount")).doubleValue();
    }
}
