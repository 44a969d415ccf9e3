package com.fintune.ml.explain;

import static com.fintune.ml.explain.UnderwritingDecision.APPROVE;
import static com.fintune.ml.explain.UnderwritingDecision.DENY;
import static com.fintune.ml.explain.UnderwritingDecision.REFER;
import static org.junit.jupiter.api.Assertions.*;

import com.fintune.ml.data.LoanApplication;
import com.fintune.ml.data.MortgageProduct;
import com.fintune.ml.data.SampleApplications;
import com.fintune.ml.taxonomy.ReasonCategory;
import com.fintune.ml.underwriting.ProductOffer;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Each branch of the decision rule, on hand-written applications. */
class DecisionPolicyTest {

    private final DecisionPolicy policy = DecisionPolicy.defaults();
    /** Conventional, DTI 29%, score 752, 8.7 months of housing payment left after closing. */
    private final LoanApplication clean = SampleApplications.strongPurchase();
    /** The same file at 47.5% DTI: over the 45% standard limit, within the 50% limit with compensating factors. */
    private final LoanApplication compensated = clean.toBuilder().dtiPercent(47.5).build();

    private static float[] p(Map<ReasonCategory, Float> given) {
        float[] p = new float[ReasonCategory.COUNT];
        given.forEach((c, v) -> p[c.index()] = v);
        return p;
    }

    @Test
    void noPossibleReasonAndLowRiskIsApproved() {
        assertEquals(APPROVE, policy.decide(clean, new float[ReasonCategory.COUNT], 10));
        assertEquals(APPROVE, policy.decide(clean, p(Map.of(ReasonCategory.CASH, 0.29f)), 39.9));
    }

    @Test
    void aConfidentReasonIsADenialEvenAtLowRisk() {
        assertEquals(DENY, policy.decide(clean, p(Map.of(ReasonCategory.UNVERIFIABLE, 0.99f)), 10));
        assertEquals(DENY, policy.decide(clean, p(Map.of(ReasonCategory.DEROGATORY, 0.5f)), 1));
        assertEquals(DENY, policy.decide(clean, p(Map.of(ReasonCategory.CASH, 0.8f)), 90));
    }

    @Test
    void aPossibleButUnconfidentReasonIsReferred() {
        assertEquals(REFER, policy.decide(clean, p(Map.of(ReasonCategory.CASH, 0.3f)), 5));
        assertEquals(REFER, policy.decide(clean, p(Map.of(ReasonCategory.CASH, 0.49f)), 95),
                "a high risk with no confident reason has no reason to state on a denial");
    }

    @Test
    void highRiskWithoutAReasonIsReferredNeverDenied() {
        assertEquals(REFER, policy.decide(clean, new float[ReasonCategory.COUNT], 40));
        assertEquals(REFER, policy.decide(clean, new float[ReasonCategory.COUNT], 99));
    }

    @Test
    void aConfidentDtiReasonOffsetByCompensatingFactorsIsReferred() {
        float[] dti = p(Map.of(ReasonCategory.DTI, 0.9f, ReasonCategory.CASH, 0.2f));
        assertEquals(REFER, policy.decide(compensated, dti, 30));
        assertEquals(REFER, policy.decide(compensated.toBuilder().dtiPercent(50.0).build(), dti, 30), "at the limit");
        assertEquals(REFER, policy.decide(compensated.toBuilder().product(MortgageProduct.FHA)
                .liquidReserves(96_000.0).dtiPercent(55.0).build(), dti, 30), "FHA: 640+, 2 months, up to 56.9%");
    }

    @Test
    void compensatingFactorsOffsetOnlyADtiWithinTheirLimitInAFileThatHasThem() {
        float[] dti = p(Map.of(ReasonCategory.DTI, 0.9f));
        assertEquals(DENY, policy.decide(compensated.toBuilder().dtiPercent(50.5).build(), dti, 30),
                "over the limit with compensating factors");
        assertEquals(DENY, policy.decide(compensated.toBuilder().creditScore(690).build(), dti, 30), "score < 700");
        assertEquals(DENY, policy.decide(compensated.toBuilder().liquidReserves(100_000.0).build(), dti, 30),
                "4.3 months of reserves < 6");
        assertEquals(DENY, policy.decide(clean, dti, 30), "the file's DTI is within the limit: nothing to offset");
        assertEquals(DENY, policy.decide(compensated, p(Map.of(ReasonCategory.DTI, 0.9f, ReasonCategory.CASH, 0.6f)),
                30), "cash is not offset");
        assertEquals(DENY, policy.decide(compensated, dti, 70), "compensating factors do not offset a high risk");
    }

    @Test
    void approvalNeverCarriesALikelyReasonAndDenialAlwaysStatesOne() {
        Explainer explainer = new Explainer(policy);
        Random random = new Random(11);
        int[] seen = new int[3];
        for (int i = 0; i < 3000; i++) {
            float[] p = new float[ReasonCategory.COUNT];
            for (int k = 0; k < p.length; k++) {
                p[k] = (float) Math.pow(random.nextDouble(), 8);
            }
            LoanApplication a = random.nextBoolean() ? clean : compensated;
            Explanation e = explainer.explain(a, p, random.nextDouble() * 100, ProductOffer.builtIn());
            seen[e.decision().ordinal()]++;
            float top = 0;
            for (float v : p) {
                top = Math.max(top, v);
            }
            if (e.decision() == APPROVE) {
                assertTrue(top < 0.5, "APPROVE with a reason at " + top);
                assertTrue(e.reasons().isEmpty());
            }
            if (e.decision() == DENY) {
                assertFalse(e.reasons().isEmpty(), "a denial states no reason: " + e.riskSummary());
                assertTrue(e.reasons().get(0).probability() >= policy.denyProbability());
            }
            if (e.decision() == REFER && e.reasons().isEmpty()) {
                assertTrue(top < policy.referProbability(), "a possible reason was left off a referral");
                assertTrue(e.riskSummary().contains("no principal reason is likely"), e.riskSummary());
            }
        }
        for (UnderwritingDecision d : UnderwritingDecision.values()) {
            assertTrue(seen[d.ordinal()] > 50, "too few " + d + ": " + seen[d.ordinal()]);
        }
    }

    @Test
    void theCompensatingFactorReferralSaysSoInTheSummaryAndStatesTheReason() {
        Explanation e = new Explainer(policy).explain(compensated, p(Map.of(ReasonCategory.DTI, 0.9f)), 30,
                ProductOffer.builtIn());
        assertEquals(REFER, e.decision());
        assertEquals(ReasonCategory.DTI, e.reasons().get(0).category());
        assertTrue(e.riskSummary().contains("Debt-to-income ratio of 47.5% exceeds the 45% limit."), e.riskSummary());
        assertTrue(e.riskSummary().contains("compensating factors"), e.riskSummary());
    }

    @Test
    void thresholdsComeFromTheSettings() {
        DecisionPolicy strict = DecisionPolicy.fromSettings(k -> Optional.ofNullable(Map.of(
                "fintune.policy.deny-probability", "0.7", "fintune.policy.refer-probability", "0.2",
                "fintune.policy.refer-risk-score", "30", "fintune.policy.deny-risk-score", "50").get(k)));
        assertEquals(REFER, strict.decide(clean, p(Map.of(ReasonCategory.CASH, 0.6f)), 5), "0.6 < deny 0.7");
        assertEquals(REFER, strict.decide(clean, p(Map.of(ReasonCategory.CASH, 0.25f)), 5), "0.25 >= refer 0.2");
        assertEquals(REFER, strict.decide(clean, new float[ReasonCategory.COUNT], 30));
        assertEquals(DENY, strict.decide(compensated, p(Map.of(ReasonCategory.DTI, 0.9f)), 55),
                "risk over the configured deny-risk-score");
    }

    @Test
    void decidingNeedsTheApplicationAndAllTwelveProbabilities() {
        assertThrows(IllegalArgumentException.class, () -> policy.decide((LoanApplication) null, new float[12], 5));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> policy.decide(clean, new float[11], 5));
        assertTrue(e.getMessage().contains("12"), e.getMessage());
        assertEquals(List.of(), List.copyOf(ApplicantProfile.of(clean).offsetByCompensatingFactors()));
        assertEquals(List.of(ReasonCategory.DTI), List.copyOf(ApplicantProfile.of(compensated)
                .offsetByCompensatingFactors()));
    }
}
