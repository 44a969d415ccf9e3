package com.fintune.assessment.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** /api/v1/metrics nests the registered evaluation as a JSON object, not as a string of JSON. */
class PredictionStatisticsTest {

    @Test
    void theShippedModelsEvaluationBecomesAnObjectWithTheSameContent() throws Exception {
        String json = Files.readString(Path.of("../models/fintune-default/evaluation.json"));
        JsonObject evaluation = PredictionStatistics.jsonObject(json);
        JsonNode expected = new ObjectMapper().readTree(json);
        List<String> sections = new ArrayList<>();
        expected.fieldNames().forEachRemaining(sections::add);
        assertEquals(sections, List.copyOf(evaluation.keySet()));
        assertEquals(expected.path("encoder").path("reasons").path("macroF1").asDouble(),
                evaluation.getJsonObject("encoder").getJsonObject("reasons").getJsonNumber("macroF1").doubleValue());
        // what the API serialises is the object itself: read back, it is the same JSON as the file
        assertEquals(expected, new ObjectMapper().readTree(evaluation.toString()));
    }

    @Test
    void noneBlankBrokenOrNonObjectEvaluationIsLeftOut() {
        assertNull(PredictionStatistics.jsonObject(null));
        assertNull(PredictionStatistics.jsonObject("  "));
        assertNull(PredictionStatistics.jsonObject("{\"encoder\": "));
        assertNull(PredictionStatistics.jsonObject("[1, 2]"));
    }
}
