package com.fintune.ml.eval.drift;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fintune.ml.data.LabeledApplication;
import com.fintune.ml.data.LoanApplication;
import com.fintune.ml.data.generator.GeneratorOptions;
import com.fintune.ml.data.generator.SyntheticLender;
import com.fintune.ml.features.ApplicationFeatures;
import com.fintune.ml.features.FeaturePipeline;
import com.fintune.ml.serving.ModelScores;
import com.fintune.ml.taxonomy.ReasonCategory;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Drift of generated applications against a reference of the same generator, with and without a shift. */
class DriftMeasurementTest {

    private static final FeaturePipeline PIPELINE = new FeaturePipeline();
    private static final List<String> UNTOUCHED = List.of("credit_score", "loan_amount_k", "ltv",
            "annual_income_k", "years_employed", "tradelines", "reason_collateral", DriftColumns.NOTE_LENGTH,
            DriftColumns.OUT_OF_VOCABULARY);
    private static DriftReference reference;

    @BeforeAll
    static void buildReference() {
        List<ApplicationFeatures> features = features(new SyntheticLender(GeneratorOptions.withSeed(5001))
                .generate(4000), UnaryOperator.identity());
        reference = DriftReference.build(features, features.stream().map(DriftMeasurementTest::scores).toList(),
                "test-model", "synthetic lender, seed 5001");
    }

    @Test
    void sameSourceGivesNoColumnOverTheWatchLevel() {
        Map<String, Double> psi = measure(UnaryOperator.identity());
        psi.forEach((column, value) -> assertTrue(value <= 0.1, column + " PSI " + value));
    }

    @Test
    void identicalSampleGivesAboutZero() {
        DriftMeasurement m = new DriftMeasurement(reference);
        features(new SyntheticLender(GeneratorOptions.withSeed(5001)).generate(4000), UnaryOperator.identity())
                .forEach(f -> m.add(f, scores(f)));
        // every column but the out-of-vocabulary share: the reference expects fresh notes to bring new words at its
        // Good-Turing rate, and its own notes bring none
        m.result().stream().filter(c -> !c.name().equals(DriftColumns.OUT_OF_VOCABULARY))
                .forEach(c -> assertEquals(0, c.psi(), 1e-3, c.name()));
        assertEquals(0, m.outOfVocabularyRate());
    }

    @Test
    void dtiFifteenPointsHigherActsOnDtiOnly() {
        Map<String, Double> psi = measure(a -> a.dtiPercent() == null ? a
                : a.toBuilder().dtiPercent(a.dtiPercent() + 15).build());
        assertTrue(psi.get("dti") > 0.25, "dti PSI " + psi.get("dti"));
        assertTrue(psi.get(DriftColumns.RISK_SCORE) > 0.1, "the scores read DTI: " + psi.get(DriftColumns.RISK_SCORE));
        for (String column : UNTOUCHED) {
            assertTrue(psi.get(column) <= 0.1, column + " PSI " + psi.get(column));
        }
    }

    @Test
    void referenceSurvivesItsJsonFile() {
        DriftReference read = DriftReferenceJson.read(DriftReferenceJson.write(reference));
        assertEquals(reference.columnNames(), read.columnNames());
        assertEquals(reference.vocabulary(), read.vocabulary());
        assertEquals("test-model", read.modelVersion());
        DriftMeasurement before = new DriftMeasurement(reference);
        DriftMeasurement after = new DriftMeasurement(read);
        for (ApplicationFeatures f : features(new SyntheticLender(GeneratorOptions.withSeed(5003)).generate(500),
                UnaryOperator.identity())) {
            before.add(f, scores(f));
            after.add(f, scores(f));
        }
        for (int i = 0; i < before.result().size(); i++) {
            assertEquals(before.result().get(i).psi(), after.result().get(i).psi(), 1e-4,
                    before.result().get(i).name());
        }
        assertThrows(IllegalArgumentException.class, () -> DriftReferenceJson.read("{\"format\":\"other\"}"));
    }

    private static Map<String, Double> measure(UnaryOperator<LoanApplication> change) {
        DriftMeasurement m = new DriftMeasurement(reference);
        for (ApplicationFeatures f : features(new SyntheticLender(GeneratorOptions.withSeed(5002)).generate(1000),
                change)) {
            m.add(f, scores(f));
        }
        assertEquals(1000, m.applications());
        return m.result().stream().collect(Collectors.toMap(ColumnDrift::name, ColumnDrift::psi));
    }

    private static List<ApplicationFeatures> features(List<LabeledApplication> apps,
                                                      UnaryOperator<LoanApplication> change) {
        return apps.stream().map(a -> PIPELINE.extract(change.apply(a.application()))).toList();
    }

    /** A stand-in model: risk from DTI and credit score, each reason's probability from one figure. */
    private static ModelScores scores(ApplicationFeatures f) {
        double dti = f.facts().dtiPercent();
        double risk = Math.max(0, Math.min(100, dti + (800 - f.facts().creditScore()) / 4.0));
        float[] p = new float[ReasonCategory.COUNT];
        for (int r = 0; r < p.length; r++) {
            p[r] = (float) (1 / (1 + Math.exp(-(r == 0 ? (dti - 43) / 4 : (f.facts().ltvPercent() - 80 + r) / 10))));
        }
        return new ModelScores(p, risk);
    }
}
