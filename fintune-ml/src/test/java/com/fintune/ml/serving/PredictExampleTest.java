package com.fintune.ml.serving;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fintune.ml.data.LoanApplication;
import com.fintune.ml.explain.DecisionPolicy;
import com.fintune.ml.explain.Explainer;
import com.fintune.ml.features.FeaturePipeline;
import com.fintune.ml.underwriting.ProductOffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The answer the API documents for its example application is the one the shipped model gives: computed here the way
 * the server and {@code fintune predict} compute it (same pipeline, default policy, built-in products, 512 tokens)
 * and compared with the committed {@code predict-answer.json}, numbers within float rounding across CPUs.
 * After the shipped model changes, rewrite the file and commit it:
 * <pre>mvn -pl fintune-ml test -Dtest=PredictExampleTest -Dfintune.example.write=true</pre>
 */
class PredictExampleTest {

    static final Path REPO = Path.of(System.getProperty("fintune.repo", ".."));
    static final Path MODEL = REPO.resolve("models").resolve(ShippedModel.NAME);
    static final Path COMMITTED = REPO.resolve("fintune-ml/src/main/resources").resolve(PredictExample.RESOURCE_DIR)
            .resolve(PredictExample.ANSWER_FILE);
    static final String REFRESH = "mvn -pl fintune-ml test -Dtest=PredictExampleTest -Dfintune.example.write=true";
    /** Risk scores are rounded to 0.01 and probabilities to 0.0001; this is rounding noise, never a new model. */
    static final double TOLERANCE = 0.011;
    static final ObjectMapper PRETTY = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Test
    void theDocumentedAnswerIsTheShippedModelsAnswerToTheDocumentedApplication() throws Exception {
        assumeTrue(Files.isRegularFile(MODEL.resolve("model.safetensors")), "no shipped model in " + MODEL);
        LoanApplication application = new ApplicationJson().read(PredictExample.request()).application();
        PredictionAnswer answer;
        try (ScoringModel model = EncoderScoringModel.load(ShippedModel.NAME, MODEL, null, 512)) {
            answer = new PredictionPipeline(new FeaturePipeline(), new Explainer(DecisionPolicy.defaults()))
                    .predict(model, List.of(application), ProductOffer.builtIn()).get(0)
                    .withServing(PredictExample.PREDICTION_ID, null, PredictExample.LATENCY_MS, false);
        }
        JsonNode actual = PRETTY.readTree(com.fintune.ml.data.ApplicationFiles.json().writeValueAsString(answer));
        if (Boolean.getBoolean("fintune.example.write")) {
            Files.writeString(COMMITTED, PRETTY.writeValueAsString(actual) + "\n", StandardCharsets.UTF_8);
            System.out.println("wrote " + COMMITTED.toAbsolutePath().normalize() + ": commit it");
            return;
        }
        assertTrue(Files.isRegularFile(COMMITTED), COMMITTED + " is missing; write it with: " + REFRESH);
        List<String> differences = new ArrayList<>();
        compare("", PRETTY.readTree(Files.readString(COMMITTED)), actual, differences);
        if (!differences.isEmpty()) {
            fail("The API's documented example answer (" + COMMITTED + ") is not what the shipped model answers:\n  "
                    + String.join("\n  ", differences.subList(0, Math.min(10, differences.size())))
                    + "\nIf the model changed on purpose, refresh the example and commit it:\n  " + REFRESH);
        }
    }

    @Test
    void theDocumentedRequestIsAValidApplication() {
        assertEquals(null, new ApplicationJson().read(PredictExample.request()).applicationId());
    }

    /** Every difference between two JSON trees; numbers that differ by rounding only are equal. */
    static void compare(String path, JsonNode expected, JsonNode actual, List<String> out) {
        if (expected.isNumber() && actual.isNumber()) {
            if (Math.abs(expected.doubleValue() - actual.doubleValue()) > TOLERANCE) {
                out.add(path + ": documented " + expected + ", answered " + actual);
            }
        } else if (expected.isObject() && actual.isObject()) {
            List<String> names = new ArrayList<>();
            expected.fieldNames().forEachRemaining(names::add);
            actual.fieldNames().forEachRemaining(n -> {
                if (!expected.has(n)) {
                    names.add(n);
                }
            });
            for (String name : names) {
                compare(path + "." + name, expected.path(name), actual.path(name), out);
            }
        } else if (expected.isArray() && actual.isArray() && expected.size() == actual.size()) {
            Iterator<JsonNode> e = expected.elements();
            Iterator<JsonNode> a = actual.elements();
            for (int i = 0; e.hasNext(); i++) {
                compare(path + "[" + i + "]", e.next(), a.next(), out);
            }
        } else if (!expected.equals(actual)) {
            out.add((path.isEmpty() ? "the answer" : path) + ": documented " + shorten(expected) + ", answered "
                    + shorten(actual));
        }
    }

    private static String shorten(JsonNode node) {
        String text = node.isMissingNode() ? "(absent)" : node.toString();
        return text.length() <= 120 ? text : text.substring(0, 117) + "...";
    }
}
