package com.fintune.ml.explain;

import com.fintune.ml.data.LoanPurpose;
import com.fintune.ml.data.Occupancy;
import com.fintune.ml.data.PropertyType;
import com.fintune.ml.taxonomy.ReasonCategory;
import com.fintune.ml.underwriting.ProductOffer;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExplainerTest {

    private final Explainer explainer = new Explainer(DecisionPolicy.defaults());

    private static float[] probabilities(Map<ReasonCategory, Float> given) {
        float[] p = new float[ReasonCategory.COUNT];
        given.forEach((c, v) -> p[c.index()] = v);
        return p;
    }

    private static ApplicantProfile profile(double loan, double value, double income, double dti, double ltv,
                                            int score, double years) {
        return new ApplicantProfile(loan, value, income, null, null, dti, ltv, score, years, 30_000.0, null,
                360, null, null, Set.of(), LoanPurpose.PURCHASE, Occupancy.PRINCIPAL_RESIDENCE,
                PropertyType.SINGLE_FAMILY);
    }

    @Test
    void reportsAtMostFourReasonsMostLikelyFirst() {
        float[] p = probabilities(Map.of(ReasonCategory.DTI, 0.6f, ReasonCategory.CASH, 0.95f,
                ReasonCategory.COLLATERAL, 0.7f, ReasonCategory.THIN_FILE, 0.55f, ReasonCategory.INCOME, 0.4f,
                ReasonCategory.OTHER_POLICY, 0.1f));
        Explanation e = explainer.explain(profile(300_000, 320_000, 80_000, 40, 93.75, 700, 4), p, 80, List.of());
        assertEquals(UnderwritingDecision.DENY, e.decision());
        assertEquals(List.of(ReasonCategory.CASH, ReasonCategory.COLLATERAL, ReasonCategory.DTI,
                ReasonCategory.THIN_FILE), e.reasons().stream().map(RankedReason::category).toList());
        assertEquals(1, e.reasons().get(0).rank());
        assertEquals(0.95f, (float) e.reasons().get(0).probability());
        assertEquals(5, e.reasons().get(0).hmdaCode());
        assertEquals(4, e.recommendations().size());
        assertEquals(12, e.reasonProbabilities().length);
    }

    @Test
    void approvalCarriesNoReasons() {
        Explanation e = explainer.explain(profile(200_000, 300_000, 120_000, 28, 66.7, 760, 8), new float[12], 5,
                List.of());
        assertEquals(UnderwritingDecision.APPROVE, e.decision());
        assertTrue(e.reasons().isEmpty());
        assertTrue(e.riskSummary().contains("Credit score 760 meets the 620 minimum."), e.riskSummary());
    }

    @Test
    void dtiRemediationNamesTheLoanThatMeetsTheLimit() {
        ApplicantProfile a = profile(400_000, 450_000, 90_000, 52, 88.9, 700, 5);
        Explanation e = explainer.explain(a, probabilities(Map.of(ReasonCategory.DTI, 0.9f)), 75, List.of());
        Recommendation r = e.recommendations().get(0);
        assertEquals("maxLoanAmount", r.targetName());
        double monthlyIncome = 90_000 / 12.0;
        double obligations = 0.52 * monthlyIncome;
        double otherDebts = obligations - MortgagePayment.monthly(400_000, 6.5, 360);
        double dtiAtTarget = (otherDebts + MortgagePayment.monthly(r.targetValue(), 6.5, 360)) / monthlyIncome;
        assertTrue(dtiAtTarget <= 0.45 && dtiAtTarget > 0.449, "DTI at the suggested loan: " + dtiAtTarget);
        assertTrue(r.targetValue() < 400_000);
        assertTrue(r.action().contains("$" + String.format("%,d", r.targetValue().longValue())), r.action());
    }

    @Test
    void collateralAndMortgageInsuranceRemediationSolveForTheDownPayment() {
        ApplicantProfile a = profile(390_000, 400_000, 150_000, 30, 97.5, 720, 6);
        Explanation e = explainer.explain(a, probabilities(Map.of(ReasonCategory.COLLATERAL, 0.9f,
                ReasonCategory.MORTGAGE_INSURANCE, 0.8f)), 75, List.of());
        assertEquals(380_000.0, e.recommendations().get(0).targetValue());
        assertTrue(e.recommendations().get(0).action().contains("down payment of at least $20,000"),
                e.recommendations().get(0).action());
        assertEquals(320_000.0, e.recommendations().get(1).targetValue());
    }

    @Test
    void employmentAndScoreRemediationCountWhatIsMissing() {
        ApplicantProfile a = profile(200_000, 300_000, 90_000, 30, 66.7, 600, 1.5);
        Explanation e = explainer.explain(a, probabilities(Map.of(ReasonCategory.EMPLOYMENT, 0.9f,
                ReasonCategory.DELINQUENCY, 0.8f)), 75, List.of());
        assertEquals(6.0, e.recommendations().get(0).targetValue());
        assertTrue(e.recommendations().get(1).action().contains("by at least 20 points"));
    }

    @Test
    void suggestsOnlyProductsWhoseLimitsTheApplicationMeets() {
        List<ProductOffer> offered = List.of(
                new ProductOffer("CONV30", "Conventional 30-year", "CONVENTIONAL", 95.0, 45.0, 620, 766_550.0, 360),
                new ProductOffer("FHA30", "FHA 30-year", "FHA", 96.5, 57.0, 580, 498_257.0, 360),
                new ProductOffer("JUMBO", "Jumbo 30-year", "CONVENTIONAL", 80.0, 43.0, 700, 3_000_000.0, 360));
        ApplicantProfile a = profile(290_000, 300_000, 70_000, 50, 96.4, 640, 3);
        Explanation e = explainer.explain(a, probabilities(Map.of(ReasonCategory.DTI, 0.9f)), 75, offered);
        assertEquals(List.of("FHA30"), e.alternativeProducts().stream().map(ProductOffer::code).toList());
    }

    @Test
    void theProgramAppliedForSetsTheLimitsQuotedAndIsNotOfferedAsAnAlternative() {
        ApplicantProfile a = new ApplicantProfile(250_000, 260_000.0, 60_000.0, 900.0, 1_700.0, 44.0, 96.2, 600,
                3.0, 5_000.0, 12_000.0, 360, "FHA", 7_000.0);
        Explanation e = explainer.explain(a, probabilities(Map.of(ReasonCategory.DTI, 0.9f, ReasonCategory.CASH,
                0.7f)), 80, ProductOffer.builtIn());
        assertTrue(e.riskSummary().contains("Debt-to-income ratio of 44% exceeds the 43% limit."), e.riskSummary());
        assertTrue(e.riskSummary().contains("Verified funds of $5,000 fall short of the $12,000 due at closing."),
                e.riskSummary());
        assertEquals(7_000.0, e.recommendations().get(1).targetValue());
        assertTrue(e.alternativeProducts().stream().noneMatch(p -> p.code().equals("FHA")));
    }

    @Test
    void policyReadsSettingsAndNamesABadKey() {
        DecisionPolicy p = DecisionPolicy.fromSettings(k -> Optional.ofNullable(
                Map.of("fintune.policy.max-dti-percent", "43", "fintune.policy.deny-probability", "0.6").get(k)));
        assertEquals(43, p.limits().maxDtiPercent());
        assertEquals(0.6, p.denyProbability());
        assertEquals(DecisionPolicy.DEFAULT_REFER_RISK_SCORE, p.referRiskScore());
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class, () -> DecisionPolicy.fromSettings(
                k -> k.equals("fintune.policy.min-credit-score") ? Optional.of("high") : Optional.empty()));
        assertTrue(bad.getMessage().contains("fintune.policy.min-credit-score"));
        assertThrows(IllegalArgumentException.class, () -> new DecisionPolicy(0.5, 0.3, 70, 40, 5,
                CreditLimits.defaults()), "Reg B allows at most four reasons");
    }
}
