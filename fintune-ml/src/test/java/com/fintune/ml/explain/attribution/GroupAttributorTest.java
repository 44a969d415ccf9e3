package com.fintune.ml.explain.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fintune.ml.data.EmploymentStatus;
import com.fintune.ml.data.LienStatus;
import com.fintune.ml.data.LoanApplication;
import com.fintune.ml.data.LoanPurpose;
import com.fintune.ml.data.MortgageProduct;
import com.fintune.ml.data.Occupancy;
import com.fintune.ml.data.PropertyType;
import com.fintune.ml.features.ApplicationFeatures;
import com.fintune.ml.features.FeaturePipeline;
import com.fintune.ml.serving.EncoderScoringModel;
import com.fintune.ml.serving.ModelScores;
import com.fintune.ml.serving.ScoringModel;
import com.fintune.ml.taxonomy.ReasonCategory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Attributions of the shipped model's answers: they add up, and they point at the planted cause. */
class GroupAttributorTest {

    private static EncoderScoringModel model;
    private static final FeaturePipeline FEATURES = new FeaturePipeline();

    static Path shipped() {
        return Path.of(System.getProperty("fintune.repo", ".."), "models", "fintune-default");
    }

    @BeforeAll
    static void load() throws Exception {
        assumeTrue(Files.isRegularFile(shipped().resolve("model.safetensors")), "shipped model not present");
        model = EncoderScoringModel.load("fintune-default", shipped(), null, 128);
    }

    @AfterAll
    static void close() {
        if (model != null) {
            model.close();
        }
    }

    /** A clean conventional purchase that a lender approves. */
    static LoanApplication clean(String notes) {
        return LoanApplication.builder().loanAmount(320_000).purpose(LoanPurpose.PURCHASE)
                .product(MortgageProduct.CONVENTIONAL).termMonths(360).lienStatus(LienStatus.FIRST)
                .occupancy(Occupancy.PRINCIPAL_RESIDENCE).propertyValue(400_000.0)
                .propertyType(PropertyType.SINGLE_FAMILY).propertyYearBuilt(1999).state("OH")
                .annualIncome(120_000.0).monthlyDebts(600.0).monthlyHousingPayment(2_400.0).creditScore(752)
                .dtiPercent(30.0).ltvPercent(80.0).cltvPercent(80.0).employmentStatus(EmploymentStatus.SALARIED)
                .yearsEmployed(7.0).liquidReserves(140_000.0).cashToClose(92_000.0).priorBankruptcy(false)
                .priorForeclosure(false).collectionsCount(0).latePayments24m(0).creditHistoryMonths(150)
                .tradelines(9).incomeVerified(true).employmentVerified(true).assetsVerified(true)
                .underwriterNotes(notes).build();
    }

    @Test
    void contributionsAddUpToTheModelsOwnNumbers() {
        LoanApplication a = clean("Borrower carries two auto loans and a new personal loan.").toBuilder()
                .dtiPercent(52.0).build();
        AttributionReport r = new GroupAttributor(FEATURES, model).explain(a);
        assertEquals(1024, r.coalitions());
        assertTrue(r.largestResidual() < 1e-9, "residual " + r.largestResidual());
        ModelScores own = model.score(List.of(FEATURES.extract(a))).get(0);
        ModelScores ref = model.score(List.of(FEATURES.extract(r.reference()))).get(0);
        assertEquals(own.riskScore(), r.risk().value(), 1e-4);
        assertEquals(ref.riskScore(), r.risk().base(), 1e-4);
        for (ReasonCategory c : ReasonCategory.values()) {
            Attribution at = r.reasons().get(c);
            assertEquals(own.reasonProbabilities()[c.index()], at.value(), 1e-5, c.name());
            double sum = at.contributions().stream().mapToDouble(Contribution::value).sum();
            assertEquals(at.value() - at.base(), sum, 1e-6, c.name());
        }
        System.out.printf("explanation: %d coalitions, %d model inputs, %.0f ms%n", r.coalitions(), r.modelInputs(),
                r.elapsedMillis());
    }

    @Test
    void raisingOnlyTheDebtRatioMakesTheDebtsGroupDominate() {
        AttributionReport r = new GroupAttributor(FEATURES, model).explain(clean("").toBuilder().dtiPercent(53.0)
                .build());
        Attribution dti = r.reasons().get(ReasonCategory.DTI);
        assertTrue(dti.value() > 0.5, "the model should see a DTI problem: " + dti.value());
        assertEquals(FeatureGroup.DEBTS, dti.largestFirst().get(0).group(), dti.toString());
        assertTrue(dti.of(FeatureGroup.DEBTS) > 0.5 * dti.total(), dti.toString());
        assertEquals(FeatureGroup.DEBTS, r.risk().largestFirst().get(0).group(), r.risk().toString());
    }

    @Test
    void recentLatePaymentsPointAtCreditHistory() {
        AttributionReport r = new GroupAttributor(FEATURES, model).explain(clean("").toBuilder().latePayments24m(4)
                .collectionsCount(2).build());
        Attribution delinquency = r.reasons().get(ReasonCategory.DELINQUENCY);
        assertEquals(FeatureGroup.CREDIT_HISTORY, delinquency.largestFirst().get(0).group(), delinquency.toString());
        assertEquals(FeatureGroup.CREDIT_HISTORY, r.keyRiskFactors(4).get(0), r.risk().toString());
    }

    @Test
    void aGroupTheModelIgnoresGetsExactlyNothing() {
        // a model that reads only the DTI figure: every other group must get 0, DEBTS the whole difference
        ScoringModel dtiOnly = new ScoringModel() {
            public String version() {
                return "dti-only";
            }

            public List<ModelScores> score(List<ApplicationFeatures> apps) {
                return apps.stream().map(f -> {
                    float[] p = new float[ReasonCategory.COUNT];
                    p[ReasonCategory.DTI.index()] = (float) (f.facts().dtiPercent() / 100);
                    return new ModelScores(p, f.facts().dtiPercent());
                }).toList();
            }
        };
        AttributionReport r = new GroupAttributor(FEATURES, dtiOnly).explain(clean("New car loan.").toBuilder()
                .dtiPercent(48.0).creditScore(610).build());
        for (Contribution c : r.risk().contributions()) {
            assertEquals(c.group() == FeatureGroup.DEBTS ? 18.0 : 0.0, c.value(), 1e-12, c.group().name());
        }
    }

    @Test
    void aNoteSentenceAboutABankruptcyRaisesDerogatoryAndABenignOneBarelyMoves() {
        String notes = "Borrower has worked at the hospital for seven years. "
                + "Chapter 7 bankruptcy discharged 14 months ago.";
        AttributionReport r = new GroupAttributor(FEATURES, model).explain(clean(notes));
        assertEquals(2, r.notes().size());
        NoteSpan benign = r.notes().get(0);
        NoteSpan bankruptcy = r.notes().get(1);
        assertEquals("Chapter 7 bankruptcy discharged 14 months ago.", bankruptcy.text());
        assertEquals(notes.indexOf("Chapter"), bankruptcy.start());
        assertEquals(notes.length(), bankruptcy.end());
        assertTrue(bankruptcy.reasonEffects().getOrDefault(ReasonCategory.DEROGATORY, 0.0) > 0.2, bankruptcy.toString());
        assertTrue(bankruptcy.riskEffect() > benign.riskEffect(), r.notes().toString());
        assertTrue(Math.abs(benign.riskEffect()) < 5, benign.toString());
        assertTrue(r.reasons().get(ReasonCategory.DEROGATORY).of(FeatureGroup.NOTES) > 0.2);
    }
}
