package com.fintune.ml.eval.drift;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code drift-reference.json}: the {@link DriftReference} as JSON, proportions rounded to 6 significant digits so
 * the file stays small (bin edges and categories exact). Reading names the first missing or malformed field.
 */
public final class DriftReferenceJson {

    public static final String FILE_NAME = "drift-reference.json";
    static final String FORMAT = "fintune-drift-reference/1";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final MathContext DIGITS = new MathContext(6);

    private DriftReferenceJson() {
    }

    public static String write(DriftReference reference) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("modelVersion", reference.modelVersion());
        root.put("source", reference.source());
        root.put("applications", reference.applications());
        root.put("epsilon", PopulationStability.EPSILON);
        ArrayNode columns = root.putArray("columns");
        for (ReferenceColumn c : reference.columns()) {
            ObjectNode col = columns.addObject();
            col.put("name", c.name());
            col.put("kind", c.kind().name());
            BinScheme bins = c.bins();
            // bins exact: values often tie at an edge, and a rounded edge would move them all to the next bin
            ArrayNode cuts = col.putArray(bins.categorical() ? "categories" : "edges");
            for (double v : bins.categorical() ? bins.categories() : bins.edges()) {
                cuts.add(v);
            }
            numbers(col.putArray("proportions"), c.proportions());
        }
        ArrayNode words = root.putArray("vocabulary");
        new TreeSet<>(reference.vocabulary()).forEach(words::add);
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static void write(DriftReference reference, Path file) throws IOException {
        Files.writeString(file, write(reference), StandardCharsets.UTF_8);
    }

    public static DriftReference read(Path file) throws IOException {
        return read(Files.readString(file, StandardCharsets.UTF_8));
    }

    /** Parses the JSON text; IllegalArgumentException naming the problem when it is not a drift reference. */
    public static DriftReference read(String text) {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the drift reference is not valid JSON: " + e.getOriginalMessage());
        }
        if (root == null || !FORMAT.equals(root.path("format").asText())) {
            throw new IllegalArgumentException("the drift reference's format is not " + FORMAT);
        }
        List<ReferenceColumn> columns = new ArrayList<>();
        for (JsonNode col : required(root, "columns")) {
            String name = required(col, "name").asText();
            double[] categories = col.has("categories") ? doubles(col.get("categories")) : null;
            double[] edges = col.has("edges") ? doubles(col.get("edges")) : null;
            try {
                columns.add(new ReferenceColumn(name, ColumnKind.valueOf(required(col, "kind").asText()),
                        new BinScheme(categories, edges), doubles(required(col, "proportions"))));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("drift reference column " + name + ": " + e.getMessage());
            }
        }
        Set<String> vocabulary = new TreeSet<>();
        required(root, "vocabulary").forEach(w -> vocabulary.add(w.asText()));
        return new DriftReference(required(root, "modelVersion").asText(), root.path("source").asText(""),
                required(root, "applications").asInt(), columns, vocabulary);
    }

    private static JsonNode required(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            throw new IllegalArgumentException("the drift reference has no field " + field);
        }
        return v;
    }

    private static double[] doubles(JsonNode array) {
        double[] v = new double[array.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = array.get(i).asDouble();
        }
        return v;
    }

    private static void numbers(ArrayNode array, double[] values) {
        for (double v : values) {
            array.add(new BigDecimal(v).round(DIGITS).stripTrailingZeros());
        }
    }
}
