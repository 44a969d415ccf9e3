package com.fintune.ml.explain.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fintune.ml.data.ApplicationFiles;
import com.fintune.ml.data.LoanApplication;
import com.fintune.ml.explain.DecisionPolicy;
import com.fintune.ml.explain.Explainer;
import com.fintune.ml.features.FeaturePipeline;
import com.fintune.ml.serving.EncoderScoringModel;
import com.fintune.ml.serving.PredictionAnswer;
import com.fintune.ml.serving.PredictionPipeline;
import com.fintune.ml.serving.SampleApplications;
import com.fintune.ml.underwriting.ProductOffer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** One explanation document per answer: attributions, counterfactuals the model approves, rule figures checked. */
class AnswerExplainerTest {

    private static EncoderScoringModel model;
    private static final PredictionPipeline PIPELINE = new PredictionPipeline(new FeaturePipeline(),
            new Explainer(DecisionPolicy.defaults()));
    private static final List<ProductOffer> OFFERS = ProductOffer.builtIn();

    @BeforeAll
    static void load() throws Exception {
        Path shipped = Path.of(System.getProperty("fintune.repo", ".."), "models", "fintune-default");
        assumeTrue(Files.isRegularFile(shipped.resolve("model.safetensors")), "shipped model not present");
        model = EncoderScoringModel.load("fintune-default", shipped, null, 128);
    }

    @AfterAll
    static void close() {
        if (model != null) {
            model.close();
        }
    }

    /** The serving tests' stretched purchase with more reserves and the DTI given. */
    static LoanApplication stretched(double dti) {
        return SampleApplications.stretched("Borrower carries two auto loans.").toBuilder().dtiPercent(dti)
                .liquidReserves(160_000.0).build();
    }

    private static JsonNode explain(LoanApplication a) throws Exception {
        PredictionAnswer answer = PIPELINE.predict(model, List.of(a), OFFERS).get(0);
        // the server explains the answer it stored: read it back from its JSON first
        PredictionAnswer stored = ApplicationFiles.json().readValue(ApplicationFiles.json().writeValueAsString(answer),
                PredictionAnswer.class);
        assertEquals(answer, stored);
        JsonNode e = ApplicationFiles.json().readTree(new AnswerExplainer(PIPELINE, model, OFFERS)
                .explain(a, stored, model.version()));
        return e;
    }

    @Test
    void aDtiDenialGetsCounterfactualsTheModelApprovesAndItsRuleFigureChecked() throws Exception {
        JsonNode e = explain(stretched(56.5));
        JsonNode found = e.path("counterfactuals").path("found");
        assertTrue(found.size() >= 1, e.path("counterfactuals").toString());
        for (JsonNode c : found) {
            assertEquals("APPROVE", c.path("decision").asText());
        }
        JsonNode rule = e.path("ruleFigures").get(0);
        assertEquals("maxLoanAmount", rule.path("targetName").asText(), e.path("ruleFigures").toString());
        assertTrue(List.of("CONFIRMED", "REPLACED", "NOT_APPROVED_BY_MODEL").contains(rule.path("verdict").asText()));
        assertEquals("DTI", e.path("principalReasons").get(0).path("name").asText());
    }

    @Test
    void anApprovalGetsNoCounterfactualsAndCostsNoSearch() throws Exception {
        JsonNode e = explain(stretched(31.0));
        assertEquals(0, e.path("counterfactuals").path("found").size());
        assertEquals(0, e.path("counterfactuals").path("candidatesScored").asInt());
        assertFalse(e.path("counterfactuals").path("note").asText().isBlank());
        assertEquals(10, e.path("risk").path("contributions").size());
        JsonNode attention = e.path("attention");
        String text = attention.path("text").asText();
        assertEquals("Borrower carries two auto loans.", text, "the shipped model reads the notes");
        assertEquals(6, attention.path("layers").size(), "one entry per layer");
        for (JsonNode layer : attention.path("layers")) {
            for (JsonNode head : layer) {
                double sum = 0;
                for (JsonNode w : head) {
                    sum += w.asDouble();
                }
                assertEquals(1, sum, 1e-3, "the first token's attention is a distribution");
                assertEquals(attention.path("tokens").size(), head.size());
            }
        }
        for (JsonNode t : attention.path("tokens")) {
            String piece = t.path("token").asText().replace("##", "");
            String span = text.substring(t.path("start").asInt(), t.path("end").asInt());
            assertTrue(span.isEmpty() || span.equalsIgnoreCase(piece), piece + " vs " + span);
        }
    }
}
