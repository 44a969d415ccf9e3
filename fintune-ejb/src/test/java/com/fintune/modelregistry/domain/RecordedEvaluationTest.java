package com.fintune.modelregistry.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fintune.ml.eval.EvaluationJson;
import com.fintune.ml.eval.EvaluationReport;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The shipped model's evaluation.json, as MODEL_VERSIONS stores it, reads back into fintune-ml's records. */
class RecordedEvaluationTest {

    static final Path SHIPPED = Path.of(System.getProperty("fintune.repo", ".."), "models", "fintune-default",
            "evaluation.json");

    @Test
    void readsTheShippedModelsEvaluationWithAllThreeSections() throws Exception {
        String json = Files.readString(SHIPPED);
        JsonNode tree = EvaluationJson.mapper().readTree(json);

        EvaluationReport report = RecordedEvaluation.read(json).orElseThrow();

        assertEquals(tree.get("model").asText(), report.model());
        for (String section : new String[] {"encoder", "baseline", "noiseCeiling"}) {
            assertTrue(tree.hasNonNull(section), "the shipped evaluation lacks " + section);
        }
        assertEquals(tree.at("/encoder/reasons/perCategory").size(), report.encoder().reasons().perCategory().size());
        assertEquals(tree.at("/baseline/reasons/macroF1").asDouble(), report.baseline().reasons().macroF1());
        assertEquals(tree.at("/noiseCeiling/denialAuc").asDouble(), report.noiseCeiling().denialAuc());
        assertEquals(tree.at("/encoder/fairLending/groups").size(), report.encoder().fairLending().groups().size());
    }

    @Test
    void headlineFiguresComeFromTheEncoderSection() throws Exception {
        String json = Files.readString(SHIPPED);
        JsonNode encoder = EvaluationJson.mapper().readTree(json).get("encoder");

        HeadlineFigures figures = RecordedEvaluation.headline(json).orElseThrow();

        assertEquals(encoder.at("/reasons/macroF1").asDouble(), figures.macroF1());
        assertEquals(encoder.at("/risk/mae").asDouble(), figures.riskMae());
        assertEquals(encoder.at("/principal/top1Accuracy").asDouble(), figures.principalTop1());
        assertEquals(encoder.at("/fairLending/minimumAdverseImpactRatio").asDouble(),
                figures.minimumAdverseImpactRatio());
    }

    @Test
    void aVersionWithoutEvaluationHasNone() {
        assertTrue(RecordedEvaluation.read(null).isEmpty());
        assertTrue(RecordedEvaluation.read("  ").isEmpty());
        assertTrue(RecordedEvaluation.headline(null).isEmpty());
    }

    @Test
    void somethingElseThanAnEvaluationIsRefusedWithAReason() {
        IllegalArgumentException notJson = assertThrows(IllegalArgumentException.class,
                () -> RecordedEvaluation.read("{\"model\": "));
        assertTrue(notJson.getMessage().contains("not readable JSON"), notJson.getMessage());
        IllegalArgumentException noEncoder = assertThrows(IllegalArgumentException.class,
                () -> RecordedEvaluation.read("{\"model\": \"m\", \"testSet\": \"t\"}"));
        assertTrue(noEncoder.getMessage().contains("no encoder"), noEncoder.getMessage());
    }
}
