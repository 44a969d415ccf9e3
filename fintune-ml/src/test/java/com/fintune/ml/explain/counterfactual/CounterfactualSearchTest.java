package com.fintune.ml.explain.counterfactual;

import com.fintune.ml.data.EmploymentStatus;
import com.fintune.ml.data.LienStatus;
import com.fintune.ml.data.LoanApplication;
import com.fintune.ml.data.LoanPurpose;
import com.fintune.ml.data.MortgageProduct;
import com.fintune.ml.data.Occupancy;
import com.fintune.ml.data.PropertyType;
import com.fintune.ml.explain.DecisionPolicy;
import com.fintune.ml.explain.Explainer;
import com.fintune.ml.explain.UnderwritingDecision;
import com.fintune.ml.features.FeaturePipeline;
import com.fintune.ml.serving.PredictionPipeline;
import com.fintune.ml.underwriting.ProductOffer;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The search against fake models whose approval frontier is known exactly. */
class CounterfactualSearchTest {

    static final PredictionPipeline PIPELINE = new PredictionPipeline(new FeaturePipeline(),
            new Explainer(DecisionPolicy.defaults()));

    /** A clean conventional purchase with a high DTI: $8,000 a month, housing $2,576, other debts {@code debts}. */
    static LoanApplication dtiDenial(double debts) {
        double value = 400_000;
        double loan = 320_000;
        return LoanApplication.builder().loanAmount(loan).purpose(LoanPurpose.PURCHASE)
                .product(MortgageProduct.CONVENTIONAL).termMonths(360).lienStatus(LienStatus.FIRST)
                .occupancy(Occupancy.PRINCIPAL_RESIDENCE).propertyValue(value)
                .propertyType(PropertyType.SINGLE_FAMILY).propertyYearBuilt(1998).state("OH")
                .annualIncome(96_000.0).monthlyDebts(debts).monthlyHousingPayment(2_576.0).creditScore(740)
                .dtiPercent(Math.round((2_576 + debts) / 8_000.0 * 1000) / 10.0).ltvPercent(80.0).cltvPercent(80.0)
                .employmentStatus(EmploymentStatus.SALARIED).yearsEmployed(8.0).liquidReserves(120_000.0)
                .cashToClose(60_000.0).priorBankruptcy(false).priorForeclosure(false).collectionsCount(0)
                .latePayments24m(0).creditHistoryMonths(160).tradelines(9).incomeVerified(true)
                .employmentVerified(true).assetsVerified(true)
                .underwriterNotes("Employment verified with the employer.").build();
    }

    static CounterfactualResult search(RuleModel model, LoanApplication a, SearchBudget budget,
                                       List<ProductOffer> offered) {
        return new CounterfactualSearch(PIPELINE, model, offered, budget).search(a);
    }

    @Test
    void findsTheDebtPayoffFrontierWithinOneStep() {
        RuleModel model = new RuleModel(f -> f.facts().dtiPercent() <= 43.0);
        LoanApplication a = dtiDenial(2_000); // DTI 57.2
        CounterfactualResult r = search(model, a, SearchBudget.defaults(), List.of());
        Counterfactual payoff = r.counterfactuals().stream().filter(c -> c.levers().equals(List.of(Lever.DEBT_PAYOFF)))
                .findFirst().orElseThrow(() -> new AssertionError(r.toString()));
        double cut = 2_000 - (Double) payoff.changed("monthlyDebts");
        double exact = (57.2 - 43.0) / 100 * 8_000; // 1,136 a month
        assertTrue(cut >= exact - 1e-6 && cut <= exact + 25, "cut " + cut + " vs frontier " + exact);
        assertTrue((Double) payoff.changed("dtiPercent") <= 43.0);
        assertEquals(cut * 36, payoff.cost(), 1);
        assertEquals(120_000 - cut * 36, (Double) payoff.changed("liquidReserves"), 1);
        assertEquals(UnderwritingDecision.APPROVE, payoff.decision());
        assertTrue(payoff.monotone());
        assertTrue(r.candidatesScored() <= 200 && r.candidatesScored() == model.seen.size(), r.toString());
    }

    @Test
    void findsTheDownPaymentFrontierWithinOneStepAndKeepsTheFiguresConsistent() {
        RuleModel model = new RuleModel(f -> f.facts().dtiPercent() <= 55.0);
        LoanApplication a = dtiDenial(2_000); // DTI 57.2: a down payment lowers the payment by $6.32 per $1,000
        CounterfactualResult r = search(model, a, SearchBudget.defaults(), List.of());
        Counterfactual down = r.counterfactuals().stream().filter(c -> c.levers().equals(List.of(Lever.DOWN_PAYMENT)))
                .findFirst().orElseThrow(() -> new AssertionError(r.toString()));
        LeverMoves moves = new LeverMoves(DecisionPolicy.defaults().limits(), SearchBudget.defaults());
        double cut = 320_000 - (Double) down.changed("loanAmount");
        LoanApplication found = moves.smallerLoan(Move.start(a), cut).changed();
        LoanApplication oneStepLess = moves.smallerLoan(Move.start(a), cut - 500).changed();
        assertTrue(found.dtiPercent() <= 55.0 && oneStepLess.dtiPercent() > 55.0, found + " / " + oneStepLess);
        assertEquals(100 * found.loanAmount() / 400_000, found.ltvPercent(), 0.01);
        assertEquals(60_000 + cut, found.cashToClose(), 1e-6);
        assertEquals(120_000, found.liquidReserves(), 1e-6, "the down payment is part of cash to close");
        assertEquals(found, down.applyTo(a));
        assertTrue(down.action().startsWith("Put $"), down.action());
    }

    @Test
    void theBudgetCapsTheCandidatesScored() {
        for (int cap : new int[] {1, 3, 10, 25}) {
            RuleModel model = new RuleModel(f -> f.facts().dtiPercent() <= 43.0);
            CounterfactualResult r = search(model, dtiDenial(2_000), SearchBudget.defaults().withMaxCandidates(cap),
                    ProductOffer.builtIn());
            assertTrue(model.seen.size() <= cap, cap + ": " + model.seen.size());
            assertEquals(model.seen.size(), r.candidatesScored());
            r.counterfactuals().forEach(c -> assertEquals(UnderwritingDecision.APPROVE, c.decision()));
        }
    }

    @Test
    void anApprovedAnswerCostsNoModelCall() {
        RuleModel model = new RuleModel(f -> true);
        LoanApplication a = dtiDenial(400);
        var answer = PIPELINE.predict(model, List.of(a), List.of()).get(0);
        int before = model.seen.size();
        CounterfactualResult r = new CounterfactualSearch(PIPELINE, model, ProductOffer.builtIn(),
                SearchBudget.defaults()).search(a, answer);
        assertTrue(r.counterfactuals().isEmpty());
        assertTrue(r.reason().contains("approved as it stands"), r.reason());
        assertEquals(before, model.seen.size());
    }

    @Test
    void nothingWithinTheBoundsGivesAnEmptyListWithAReason() {
        RuleModel model = new RuleModel(f -> f.facts().creditScore() >= 800); // no lever touches the score
        CounterfactualResult r = search(model, dtiDenial(2_000), SearchBudget.defaults(), ProductOffer.builtIn());
        assertTrue(r.counterfactuals().isEmpty());
        assertTrue(r.reason().startsWith("No change within the bounds approves"), r.reason());
        assertTrue(r.candidatesScored() <= 200);
    }

    @Test
    void aPairIsFoundWhenNoSingleLeverApproves() {
        // cash-out refinance: LTV 75 %, DTI 50.9 %; approval needs LTV <= 60 and DTI <= 36
        LoanApplication a = dtiDenial(1_500).toBuilder().purpose(LoanPurpose.CASH_OUT_REFINANCE).loanAmount(300_000)
                .ltvPercent(75.0).cltvPercent(75.0).cashToClose(5_000.0).liquidReserves(null).build();
        RuleModel model = new RuleModel(f -> f.facts().ltvPercent() <= 60 && f.facts().dtiPercent() <= 36);
        CounterfactualResult r = search(model, a, SearchBudget.defaults(), ProductOffer.builtIn());
        assertFalse(r.counterfactuals().isEmpty(), r.toString());
        for (Counterfactual c : r.counterfactuals()) {
            assertEquals(2, c.levers().size(), c.toString());
            assertTrue((Double) c.changed("ltvPercent") <= 60 && (Double) c.changed("dtiPercent") <= 36, c.toString());
            assertFalse(c.levers().contains(Lever.DOWN_PAYMENT), "a refinance has no down payment: " + c);
            assertFalse(c.action().toLowerCase().contains("down payment"), c.action());
        }
        assertTrue(r.counterfactuals().get(0).cost() <= r.counterfactuals().get(r.counterfactuals().size() - 1).cost());
        assertTrue(r.candidatesScored() <= 200, r.toString());
    }

    @Test
    void aNonMonotoneModelIsReportedNotTrusted() {
        // approves at DTI <= 43 except in a hole between 30 and 40: a bigger payoff is refused
        RuleModel model = new RuleModel(f -> f.facts().dtiPercent() <= 43.0
                && !(f.facts().dtiPercent() > 30 && f.facts().dtiPercent() < 40));
        CounterfactualResult r = search(model, dtiDenial(2_000), SearchBudget.defaults(), List.of());
        Counterfactual payoff = r.counterfactuals().stream().filter(c -> c.levers().equals(List.of(Lever.DEBT_PAYOFF)))
                .findFirst().orElseThrow(() -> new AssertionError(r.toString()));
        assertFalse(payoff.monotone(), payoff.toString());
        assertTrue((Double) payoff.changed("dtiPercent") <= 43.0);
    }
}
