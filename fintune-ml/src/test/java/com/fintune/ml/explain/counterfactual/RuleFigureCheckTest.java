package com.fintune.ml.explain.counterfactual;

import com.fintune.ml.data.LoanApplication;
import com.fintune.ml.explain.Recommendation;
import com.fintune.ml.explain.UnderwritingDecision;
import com.fintune.ml.serving.PredictionAnswer;
import com.fintune.ml.taxonomy.ReasonCategory;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

import static com.fintune.ml.explain.counterfactual.CounterfactualSearchTest.PIPELINE;
import static com.fintune.ml.explain.counterfactual.CounterfactualSearchTest.dtiDenial;
import static com.fintune.ml.explain.counterfactual.CounterfactualSearchTest.search;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Rule figures confirmed or replaced by the model's, both kept. */
class RuleFigureCheckTest {

    private static Counterfactual loanAt(double loan) {
        return new Counterfactual(List.of(Lever.DOWN_PAYMENT), List.of(new FieldChange("loanAmount", 320_000.0, loan)),
                UnderwritingDecision.APPROVE, 5, List.of(), "Put more down.", 320_000 - loan, "", true);
    }

    private static CounterfactualResult result(Counterfactual... found) {
        return new CounterfactualResult(List.of(found), null, 10, 200, Set.of(Lever.DOWN_PAYMENT));
    }

    private static final Recommendation RULE = new Recommendation(ReasonCategory.DTI, "A loan of at most $310,000",
            "maxLoanAmount", 310_000.0);

    @Test
    void aStricterModelFigureReplacesTheRulesAndBothAreKept() {
        RuleFigureCheck.Checked c = RuleFigureCheck.check(List.of(RULE), result(loanAt(280_000)), 500).get(0);
        assertEquals(RuleFigureCheck.Verdict.REPLACED, c.verdict());
        assertEquals(310_000, c.ruleValue());
        assertEquals(280_000, c.modelValue());
        assertEquals(280_000, c.figure());
    }

    @Test
    void aModelFigureAtOrAboveTheRulesConfirmsIt() {
        assertEquals(RuleFigureCheck.Verdict.CONFIRMED,
                RuleFigureCheck.check(List.of(RULE), result(loanAt(309_600)), 500).get(0).verdict());
        RuleFigureCheck.Checked c = RuleFigureCheck.check(List.of(RULE), result(loanAt(318_000)), 500).get(0);
        assertEquals(RuleFigureCheck.Verdict.CONFIRMED, c.verdict());
        assertEquals(310_000, c.figure());
    }

    @Test
    void noApprovingLoanAndUnsearchedTargetsAreSaidSo() {
        Recommendation income = new Recommendation(ReasonCategory.INCOME, "Document income", "annualIncomeNeeded",
                120_000.0);
        List<RuleFigureCheck.Checked> c = RuleFigureCheck.check(List.of(RULE, income,
                new Recommendation(ReasonCategory.UNVERIFIABLE, "text", null, null)),
                result(), 500);
        assertEquals(2, c.size());
        assertEquals(RuleFigureCheck.Verdict.NOT_APPROVED_BY_MODEL, c.get(0).verdict());
        assertNull(c.get(0).modelValue());
        assertEquals(RuleFigureCheck.Verdict.NOT_SEARCHED, c.get(1).verdict());
    }

    @Test
    void theAnswersOwnRuleFigureIsHeldAgainstASearchedFrontier() {
        // the model approves only at DTI <= 44: stricter than the rules' 45 % limit
        RuleModel model = new RuleModel(f -> f.facts().dtiPercent() <= 44.0);
        LoanApplication a = dtiDenial(1_400).toBuilder().liquidReserves(200_000.0).build(); // DTI 49.7
        PredictionAnswer answer = PIPELINE.predict(model, List.of(a), List.of()).get(0);
        PredictionAnswer.Remediation rule = answer.recommendations().get(0);
        assertEquals("maxLoanAmount", rule.targetName());
        CounterfactualResult r = search(model, a, SearchBudget.defaults(), List.of());
        RuleFigureCheck.Checked c = RuleFigureCheck.checkAnswer(answer.recommendations(), r, 500).get(0);
        assertEquals(RuleFigureCheck.Verdict.REPLACED, c.verdict(), c + " / " + r);
        assertEquals(rule.targetValue(), c.ruleValue());
        assertEquals(true, c.modelValue() < rule.targetValue());
    }
}
