package com.fintune.ml.explain.counterfactual;

import com.fintune.ml.data.LoanApplication;
import com.fintune.ml.data.LoanPurpose;
import com.fintune.ml.data.MortgageProduct;
import com.fintune.ml.data.Occupancy;
import com.fintune.ml.data.PropertyType;
import com.fintune.ml.explain.DecisionPolicy;
import com.fintune.ml.features.ApplicationFeatures;
import com.fintune.ml.features.CreditFacts;
import com.fintune.ml.underwriting.ProductOffer;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Random;
import org.junit.jupiter.api.Test;

import static com.fintune.ml.explain.counterfactual.CounterfactualSearchTest.PIPELINE;
import static com.fintune.ml.explain.counterfactual.CounterfactualSearchTest.dtiDenial;
import static com.fintune.ml.explain.counterfactual.CounterfactualSearchTest.search;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Program switches follow the programs' terms (occupancy, purpose, loan limits, VA eligibility); a refinance is
 * never told about a down payment; no lever touches anything but the actionable fields, and the model never sees
 * other notes or another credit history.
 */
class LeverEligibilityTest {

    private static LoanApplication smallPurchase() {
        return dtiDenial(1_000).toBuilder().loanAmount(240_000).propertyValue(300_000.0).ltvPercent(80.0)
                .cltvPercent(80.0).build();
    }

    @Test
    void aSwitchToFhaIsFoundAndCostsItsUpfrontPremium() {
        RuleModel model = new RuleModel(f -> f.product() == MortgageProduct.FHA);
        CounterfactualResult r = search(model, smallPurchase(), SearchBudget.defaults(), ProductOffer.builtIn());
        assertEquals(1, r.counterfactuals().size(), r.toString());
        Counterfactual c = r.counterfactuals().get(0);
        assertEquals(List.of(Lever.PRODUCT_SWITCH), c.levers());
        assertEquals(List.of(new FieldChange("product", "CONVENTIONAL", "FHA")), c.changes());
        assertEquals(4_200, c.cost(), 1e-6);
        assertTrue(c.action().startsWith("Apply for the FHA 30-year fixed instead of the conventional loan"),
                c.action());
    }

    @Test
    void aSmallLoanIsNeverSwitchedToJumboNorAnyoneToVa() {
        RuleModel model = new RuleModel(f -> f.product() == MortgageProduct.JUMBO || f.product() == MortgageProduct.VA);
        CounterfactualResult r = search(model, smallPurchase(), SearchBudget.defaults(), ProductOffer.builtIn());
        assertTrue(r.counterfactuals().isEmpty(), r.toString());
        assertTrue(model.seen.stream().noneMatch(f -> f.product() == MortgageProduct.JUMBO
                || f.product() == MortgageProduct.VA));
    }

    @Test
    void anInvestmentTwoToFourUnitCashOutGetsNoGovernmentProgramAndNoDownPayment() {
        LoanApplication rental = dtiDenial(1_000).toBuilder().purpose(LoanPurpose.CASH_OUT_REFINANCE)
                .occupancy(Occupancy.INVESTMENT).propertyType(PropertyType.TWO_TO_FOUR_UNIT).loanAmount(300_000)
                .ltvPercent(75.0).cltvPercent(75.0).cashToClose(6_000.0).build();
        RuleModel model = new RuleModel(f -> f.product() != MortgageProduct.CONVENTIONAL);
        CounterfactualResult r = search(model, rental, SearchBudget.defaults(), ProductOffer.builtIn());
        assertTrue(r.counterfactuals().isEmpty(), r.toString());
        assertTrue(model.seen.stream().allMatch(f -> f.product() == MortgageProduct.CONVENTIONAL));
        assertFalse(r.leversTried().contains(Lever.DOWN_PAYMENT));
        assertTrue(r.leversTried().contains(Lever.LOAN_AMOUNT));

        RuleModel byDti = new RuleModel(f -> f.facts().dtiPercent() <= 40);
        for (Counterfactual c : search(byDti, rental, SearchBudget.defaults(), ProductOffer.builtIn())
                .counterfactuals()) {
            String action = c.action().toLowerCase(Locale.ROOT);
            assertFalse(action.contains("down payment") || action.contains("more down"), c.action());
        }
    }

    @Test
    void theModelNeverSeesOtherNotesOrAnotherCreditHistory() {
        LoanApplication a = dtiDenial(2_000).toBuilder().underwriterNotes("Borrower pays child support; "
                + "two auto loans. Employment verified.").build();
        RuleModel model = new RuleModel(f -> f.facts().dtiPercent() <= 30 && f.facts().ltvPercent() <= 70);
        search(model, a, SearchBudget.defaults(), ProductOffer.builtIn());
        ApplicationFeatures stated = PIPELINE.features(a);
        assertTrue(model.seen.size() > 20, "pairs were searched: " + model.seen.size());
        for (ApplicationFeatures f : model.seen) {
            assertEquals(stated.notesText(), f.notesText());
            assertTrue(f.combinedText().endsWith("Notes: " + stated.notesText()), f.combinedText());
            CreditFacts s = stated.facts();
            CreditFacts c = f.facts();
            assertEquals(List.of(s.creditScore(), s.latePayments24m(), s.collections(), s.priorBankruptcy(),
                    s.priorForeclosure(), s.tradelines(), s.creditHistoryYears(), s.yearsEmployed(),
                    s.annualIncomeThousands()), List.of(c.creditScore(), c.latePayments24m(), c.collections(),
                    c.priorBankruptcy(), c.priorForeclosure(), c.tradelines(), c.creditHistoryYears(),
                    c.yearsEmployed(), c.annualIncomeThousands()));
        }
    }

    @Test
    void noLeverChangesAFieldOutsideTheActionableOnes() throws Exception {
        LeverMoves moves = new LeverMoves(DecisionPolicy.defaults().limits(), SearchBudget.defaults());
        Random r = new Random(7);
        for (int i = 0; i < 500; i++) {
            LoanApplication a = dtiDenial(200 + r.nextInt(3_000)).toBuilder()
                    .purpose(LoanPurpose.values()[r.nextInt(LoanPurpose.values().length)]).build();
            Move m = Move.start(a);
            int first = r.nextInt(3);
            for (int lever : new int[] {first, (first + 1 + r.nextInt(2)) % 3}) { // two different levers
                m = switch (lever) {
                    case 0 -> moves.maxLoanCut(m.changed()) > 0
                            ? moves.smallerLoan(m, r.nextDouble() * moves.maxLoanCut(m.changed())) : m;
                    case 1 -> moves.maxDebtCut(m.changed()) > 0
                            ? moves.debtPayoff(m, r.nextDouble() * moves.maxDebtCut(m.changed())) : m;
                    default -> {
                        Move before = m;
                        yield ProductSwitch.targets(m.changed(), ProductOffer.builtIn()).stream().findFirst()
                                .map(t -> ProductSwitch.apply(before, t)).orElse(m);
                    }
                };
            }
            for (RecordComponent rc : LoanApplication.class.getRecordComponents()) {
                if (!Move.ACTIONABLE_FIELDS.contains(rc.getName())) {
                    assertTrue(Objects.equals(rc.getAccessor().invoke(a), rc.getAccessor().invoke(m.changed())),
                            rc.getName() + " changed by " + m.levers());
                }
            }
            LoanApplication changed = m.changed();
            if (changed.ltvPercent() != null && changed.cltvPercent() != null) {
                assertTrue(changed.cltvPercent() >= changed.ltvPercent(), changed.toString());
            }
            assertTrue(changed.liquidReserves() == null || changed.liquidReserves() >= 0);
            assertTrue(changed.loanAmount() >= a.loanAmount() / 2 - 1e-6);
        }
    }
}
