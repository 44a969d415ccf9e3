package com.fintune.ml.features;

import static org.junit.jupiter.api.Assertions.*;

import com.fintune.ml.data.Demographics;
import com.fintune.ml.data.LoanApplication;
import com.fintune.ml.data.MortgageProduct;
import com.fintune.ml.data.Occupancy;
import com.fintune.ml.data.SampleApplications;
import com.fintune.ml.underwriting.Criterion;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class FeaturePipelineTest {

    private final FeaturePipeline pipeline = new FeaturePipeline();

    @Test
    void binsAtTheAgencyCutPoints() {
        assertEquals(DtiCategory.UP_TO_36, DtiCategory.of(36.0));
        assertEquals(DtiCategory.FROM_36_TO_43, DtiCategory.of(36.01));
        assertEquals(DtiCategory.FROM_43_TO_45, DtiCategory.of(44.0));
        assertEquals(DtiCategory.FROM_45_TO_50, DtiCategory.of(50.0));
        assertEquals(DtiCategory.ABOVE_50, DtiCategory.of(50.1));
        assertEquals(LtvCategory.UP_TO_80, LtvCategory.of(80.0));
        assertEquals(LtvCategory.FROM_90_TO_95, LtvCategory.of(95.0));
        assertEquals(LtvCategory.ABOVE_97, LtvCategory.of(97.5));
        assertEquals(CreditTier.BELOW_580, CreditTier.of(579));
        assertEquals(CreditTier.FROM_580_TO_619, CreditTier.of(580));
        assertEquals(CreditTier.FROM_620_TO_679, CreditTier.of(620));
        assertEquals(CreditTier.FROM_740, CreditTier.of(740));
        assertEquals(CreditTier.NO_SCORE, CreditTier.of(null));
    }

    @Test
    void cleanApplicationMeetsCriteriaAndReadsWell() {
        ApplicationFeatures f = pipeline.extract(SampleApplications.strongPurchase());
        assertTrue(f.meetsCriteria(), f.failedCriteria().toString());
        assertFalse(f.highRiskFlag());
        assertEquals(0.375, f.incomeToLoan(), 1e-9);
        assertEquals(37, f.propertyAge());
        String t = f.combinedText();
        assertTrue(t.startsWith("Conventional purchase, single-family. Loan $320k, value $400k."), t);
        assertTrue(pipeline.combinedText(SampleApplications.strongPurchase().toBuilder().propertyYearBuilt(1950).build())
                .startsWith("Conventional purchase, single-family built 1950."));
        assertTrue(t.contains("DTI 29% (36% or less)"), t);
        assertTrue(t.contains("Score 752 (740+)"), t);
        assertFalse(t.contains("Derogatory") || t.contains("Fails program"), t);
        assertTrue(t.endsWith("Notes: VOE done, W2s 2022/2023 on file."), t);
        assertTrue(t.length() < 600, "text should stay short: " + t.length());
    }

    @Test
    void breachesShowInFlagsAndWords() {
        LoanApplication a = SampleApplications.strongPurchase().toBuilder().dtiPercent(52.4).creditScore(600)
                .product(MortgageProduct.FHA).occupancy(Occupancy.INVESTMENT).yearsEmployed(1.0).build();
        ApplicationFeatures f = pipeline.extract(a);
        assertFalse(f.meetsCriteria());
        assertTrue(f.highRiskFlag());
        // FHA: standard DTI limit 43%, 600 is above the 580 minimum; 6 months of reserves for an investment property are covered
        assertEquals(java.util.Set.of(Criterion.DTI, Criterion.OCCUPANCY, Criterion.EMPLOYMENT), f.failedCriteria());
        assertTrue(f.combinedText().contains("DTI 52.4% (above 50% max)"), f.combinedText());
        assertEquals("above 45% limit", DtiCategory.of(47.2).words());
        assertTrue(f.combinedText().contains("(under 2 yrs)"), f.combinedText());
        assertTrue(f.combinedText().contains("Fails program: DTI limit, occupancy."), f.combinedText());
    }

    @Test
    void tabularVectorMatchesItsNamesAndHasNoNaN() {
        LoanApplication sparse = LoanApplication.builder().loanAmount(200_000)
                .purpose(com.fintune.ml.data.LoanPurpose.REFINANCE).product(MortgageProduct.VA).termMonths(360)
                .lienStatus(com.fintune.ml.data.LienStatus.FIRST).occupancy(Occupancy.PRINCIPAL_RESIDENCE)
                .propertyType(com.fintune.ml.data.PropertyType.CONDO).build();
        for (LoanApplication a : new LoanApplication[] {sparse, SampleApplications.strongPurchase()}) {
            double[] v = pipeline.extract(a).tabularVector();
            assertEquals(ApplicationFeatures.tabularNames().size(), v.length);
            assertTrue(Arrays.stream(v).allMatch(Double::isFinite));
        }
        assertEquals(1.0, pipeline.extract(sparse).tabularVector()[ApplicationFeatures.tabularNames()
                .indexOf("credit_score_missing")]);
        LoanApplication noProperty = sparse.toBuilder().propertyType(null).build();
        assertTrue(pipeline.combinedText(noProperty).startsWith("VA refinance, property type not reported."),
                pipeline.combinedText(noProperty));
        assertEquals(0.0, pipeline.extract(noProperty).tabularVector()[ApplicationFeatures.tabularNames()
                .indexOf("property_single_family")]);
    }

    @Test
    void protectedCharacteristicsCannotReachAFeature() {
        for (RecordComponent c : LoanApplication.class.getRecordComponents()) {
            String n = c.getName().toLowerCase(Locale.ROOT);
            assertNotEquals(Demographics.class, c.getType());
            assertFalse(n.contains("race") || n.contains("sex") || n.contains("ethnic") || n.equals("age")
                    || n.contains("birth"), "LoanApplication must not carry " + n);
        }
        for (Method m : FeaturePipeline.class.getMethods()) {
            for (Class<?> p : m.getParameterTypes()) {
                assertNotEquals(Demographics.class, p, m.toString());
            }
        }
        assertTrue(ApplicationFeatures.tabularNames().stream().noneMatch(n -> n.contains("age_band")
                || n.contains("race") || n.contains("sex")));
    }
}
