package com.fintune.ml.data.generator;

import static org.junit.jupiter.api.Assertions.*;

import com.fintune.ml.data.ApplicationValidator;
import com.fintune.ml.data.Decision;
import com.fintune.ml.data.Demographics;
import com.fintune.ml.data.LabeledApplication;
import com.fintune.ml.features.ApplicationFeatures;
import com.fintune.ml.features.FeaturePipeline;
import com.fintune.ml.taxonomy.ReasonCategory;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SyntheticLenderTest {

    private static List<GeneratedCase> cases;

    @BeforeAll
    static void generate() {
        cases = new SyntheticLender(GeneratorOptions.withSeed(7)).generateCases(6000);
    }

    @Test
    void sameSeedSameData_andPrefixStable() {
        List<LabeledApplication> again = new SyntheticLender(GeneratorOptions.withSeed(7)).generate(50);
        for (int i = 0; i < 50; i++) {
            assertEquals(cases.get(i).labeled(), again.get(i));
        }
        assertNotEquals(cases.get(0).labeled().application(),
                new SyntheticLender(GeneratorOptions.withSeed(8)).generate(1).get(0).application());
    }

    @Test
    void everyApplicationIsValidAndConsistent() {
        ApplicationValidator validator = new ApplicationValidator();
        for (GeneratedCase c : cases) {
            LabeledApplication a = c.labeled();
            assertEquals(List.of(), validator.check(a.application()), a.id());
            assertTrue(a.reasons().size() <= 4);
            assertEquals(a.reasons().isEmpty(), a.decision().outcome() != Decision.Outcome.DENY, a.id());
            String notes = a.application().underwriterNotes();
            assertTrue(notes == null || !notes.isBlank(), a.id());
        }
        long empty = cases.stream().filter(c -> c.labeled().application().underwriterNotes() == null).count();
        assertTrue(empty > 0.02 * cases.size() && empty < 0.12 * cases.size(), "empty notes " + empty);
    }

    @Test
    void everyCategoryHasSupportAndDenialRateIsBounded() {
        NoiseCeiling ceiling = NoiseCeiling.of(cases);
        for (ReasonCategory r : ReasonCategory.values()) {
            assertTrue(ceiling.support()[r.index()] >= 0.003, r + " support " + ceiling.support()[r.index()]);
        }
        long denied = cases.stream().filter(c -> !c.labeled().reasons().isEmpty()).count();
        double rate = denied / (double) cases.size();
        assertTrue(rate > 0.15 && rate < 0.25, "denial rate " + rate);
    }

    @Test
    void noiseTouchesAboutHalfAPercentAndBoundsTheCeiling() {
        NoiseCeiling ceiling = NoiseCeiling.of(cases);
        double share = ceiling.noisyApplications() / (double) cases.size();
        assertEquals(0.005, share, 0.003);
        assertTrue(ceiling.macroF1() > 0.95 && ceiling.macroF1() < 1.0, "ceiling " + ceiling.macroF1());
        List<GeneratedCase> clean = new SyntheticLender(new GeneratorOptions(7, 0, null)).generateCases(500);
        assertEquals(1.0, NoiseCeiling.of(clean).macroF1(), 1e-12);
    }

    @Test
    void someReasonsAreVisibleOnlyInTheNotes() {
        FeaturePipeline pipeline = new FeaturePipeline();
        int unverifiableWithoutFlag = 0;
        int bankruptcyWithoutFlag = 0;
        for (GeneratedCase c : cases) {
            LabeledApplication a = c.labeled();
            if (c.policyReasons().contains(ReasonCategory.UNVERIFIABLE)
                    && !pipeline.combinedText(a.application()).contains("Not verified")) {
                unverifiableWithoutFlag++;
                assertNotNull(a.application().underwriterNotes(), a.id());
            }
            if (c.policyReasons().contains(ReasonCategory.DEROGATORY) && !a.application().priorBankruptcy()
                    && !a.application().priorForeclosure() && a.application().collectionsCount() < 3) {
                bankruptcyWithoutFlag++;
                assertNotNull(a.application().underwriterNotes(), a.id());
            }
        }
        assertTrue(unverifiableWithoutFlag > 20, "UNVERIFIABLE only in the notes: " + unverifiableWithoutFlag);
        assertTrue(bankruptcyWithoutFlag > 20, "DEROGATORY only in the notes: " + bankruptcyWithoutFlag);
    }

    @Test
    void demographicsChangeNoFeature() {
        FeaturePipeline pipeline = new FeaturePipeline();
        for (GeneratedCase c : cases.subList(0, 300)) {
            LabeledApplication a = c.labeled();
            LabeledApplication other = new LabeledApplication(a.id(), a.application(), a.reasons(), a.riskTarget(),
                    a.decision(), new Demographics(Demographics.Race.BLACK, Demographics.Ethnicity.HISPANIC,
                    Demographics.Sex.FEMALE, Demographics.AgeBand.AGE_65_74));
            ApplicationFeatures f1 = pipeline.extract(a.application());
            ApplicationFeatures f2 = pipeline.extract(other.application());
            assertEquals(f1.combinedText(), f2.combinedText());
            assertArrayEquals(f1.tabularVector(), f2.tabularVector());
        }
    }

    @Test
    void injectedDisparityRaisesTheGroupsDenialRateOnly() {
        List<GeneratedCase> biased = new SyntheticLender(new GeneratorOptions(7, GeneratorOptions.DEFAULT_NOISE, Disparity.parse("female:0.5")))
                .generateCases(6000);
        double baseF = denialRate(cases, true);
        double biasedF = denialRate(biased, true);
        assertTrue(biasedF - baseF > 0.15, baseF + " -> " + biasedF);
        assertEquals(denialRate(cases, false), denialRate(biased, false), 1e-12);
        for (int i = 0; i < 100; i++) {
            assertEquals(cases.get(i).labeled().application(), biased.get(i).labeled().application());
        }
        assertThrows(IllegalArgumentException.class, () -> Disparity.parse("martians:0.2"));
        assertThrows(IllegalArgumentException.class, () -> Disparity.parse("BLACK"));
    }

    private static double denialRate(List<GeneratedCase> cs, boolean female) {
        long n = cs.stream().filter(c -> (c.labeled().demographics().sex() == Demographics.Sex.FEMALE) == female).count();
        long d = cs.stream().filter(c -> (c.labeled().demographics().sex() == Demographics.Sex.FEMALE) == female)
                .filter(c -> c.labeled().decision().outcome() == Decision.Outcome.DENY).count();
        return d / (double) n;
    }
}
