package com.fintune.ml.explain.counterfactual;

import com.fintune.ml.data.LoanApplication;
import com.fintune.ml.explain.DecisionPolicy;
import com.fintune.ml.explain.Explainer;
import com.fintune.ml.features.ApplicationFeatures;
import com.fintune.ml.features.FeaturePipeline;
import com.fintune.ml.serving.EncoderScoringModel;
import com.fintune.ml.serving.PredictionAnswer;
import com.fintune.ml.serving.PredictionPipeline;
import com.fintune.ml.serving.ShippedModel;
import com.fintune.ml.underwriting.ProductOffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.fintune.ml.explain.counterfactual.CounterfactualSearchTest.dtiDenial;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The search over the shipped model (loaded once for the class, about 12 s): a hand-made DTI denial gets
 * counterfactuals that the model and policy approve when re-scored independently, an approval gets none and costs
 * no model call, the notes and credit history never change, the budget holds. Prints the time per search
 * (docs/performance.md).
 */
class ShippedModelCounterfactualTest {

    private static EncoderScoringModel model;
    private static final List<ProductOffer> OFFERED = ProductOffer.builtIn();

    static Path shipped() {
        return Path.of(System.getProperty("fintune.repo", ".."), "models", ShippedModel.NAME);
    }

    @BeforeAll
    static void load() throws Exception {
        assumeTrue(Files.isRegularFile(shipped().resolve("model.safetensors")), "shipped model not present");
        model = EncoderScoringModel.load(ShippedModel.NAME, shipped(), null, 512);
    }

    @AfterAll
    static void close() {
        if (model != null) {
            model.close();
        }
    }

    private static PredictionPipeline pipeline() {
        return new PredictionPipeline(new FeaturePipeline(), new Explainer(DecisionPolicy.defaults()));
    }

    private static PredictionAnswer answer(LoanApplication a) {
        return pipeline().predict(model, List.of(a), OFFERED).get(0);
    }

    @Test
    void aDtiDenialGetsCounterfactualsTheModelApprovesWhenReScored() {
        long total = 0;
        int searches = 0;
        for (double debts : new double[] {2_000, 1_700, 2_400}) { // DTI 57.2 %, 53.5 %, 62.2 %
            LoanApplication a = dtiDenial(debts);
            PredictionAnswer answer = answer(a);
            assertEquals("DENY", answer.decision(), answer.toString());
            assertEquals("DTI", answer.reasons().get(0).name());
            CountingModel counting = new CountingModel(model);
            long start = System.nanoTime();
            CounterfactualResult r = new CounterfactualSearch(pipeline(), counting, OFFERED, SearchBudget.defaults())
                    .search(a, answer);
            long ms = (System.nanoTime() - start) / 1_000_000;
            total += ms;
            searches++;
            System.out.printf(Locale.ROOT, "counterfactual search (shipped model): DTI %.1f%%: %d ms, %d candidates in"
                    + " %d batches, %d counterfactuals%n", a.dtiPercent(), ms, r.candidatesScored(), counting.batches,
                    r.counterfactuals().size());
            r.counterfactuals().forEach(c -> System.out.println("  " + c.levers() + " cost " + c.cost() + ": "
                    + c.action() + " risk " + c.riskScore()));
            assertTrue(r.candidatesScored() <= SearchBudget.DEFAULT_MAX_CANDIDATES, r.toString());
            assertEquals(counting.seen.size(), r.candidatesScored());
            assertTrue(r.counterfactuals().stream().anyMatch(c -> c.levers().size() == 1
                    && Set.of(Lever.DOWN_PAYMENT, Lever.DEBT_PAYOFF).contains(c.levers().get(0))), r.toString());
            for (int i = 0; i < r.counterfactuals().size(); i++) {
                Counterfactual c = r.counterfactuals().get(i);
                if (i > 0) {
                    assertTrue(c.cost() >= r.counterfactuals().get(i - 1).cost(), "smallest cost first");
                }
                PredictionAnswer again = answer(c.applyTo(a));
                assertEquals("APPROVE", again.decision(), c + " re-scored: " + again);
                assertEquals(c.riskScore(), again.riskScore(), 0.05);
            }
            assertNotesAndHistoryUntouched(a, counting.seen);
        }
        System.out.printf(Locale.ROOT, "counterfactual search (shipped model): mean %d ms per search over %d%n",
                total / searches, searches);
    }

    @Test
    void anApprovedFileGetsNoCounterfactualAndNoModelCall() {
        LoanApplication a = dtiDenial(400); // DTI 37.2 %
        PredictionAnswer answer = answer(a);
        assertEquals("APPROVE", answer.decision(), answer.toString());
        CountingModel counting = new CountingModel(model);
        CounterfactualResult r = new CounterfactualSearch(pipeline(), counting, OFFERED, SearchBudget.defaults())
                .search(a, answer);
        assertTrue(r.counterfactuals().isEmpty());
        assertFalse(r.reason().isBlank());
        assertEquals(0, counting.seen.size());
    }

    @Test
    void aSmallBudgetIsRespectedWithTheRealModel() {
        LoanApplication a = dtiDenial(2_000);
        CountingModel counting = new CountingModel(model);
        CounterfactualResult r = new CounterfactualSearch(pipeline(), counting, OFFERED,
                SearchBudget.defaults().withMaxCandidates(12)).search(a, answer(a));
        assertTrue(counting.seen.size() <= 12, "scored " + counting.seen.size());
        for (Counterfactual c : r.counterfactuals()) {
            assertEquals("APPROVE", answer(c.applyTo(a)).decision(), c.toString());
        }
    }

    private static void assertNotesAndHistoryUntouched(LoanApplication a, List<ApplicationFeatures> seen) {
        ApplicationFeatures stated = pipeline().features(a);
        for (ApplicationFeatures f : seen) {
            assertEquals(stated.notesText(), f.notesText());
            assertEquals(stated.facts().creditScore(), f.facts().creditScore());
            assertEquals(stated.facts().latePayments24m(), f.facts().latePayments24m());
            assertEquals(stated.facts().tradelines(), f.facts().tradelines());
            assertEquals(stated.facts().creditHistoryYears(), f.facts().creditHistoryYears());
            assertEquals(stated.facts().annualIncomeThousands(), f.facts().annualIncomeThousands());
            assertEquals(stated.facts().yearsEmployed(), f.facts().yearsEmployed());
        }
    }
}
