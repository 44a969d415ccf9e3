package com.fintune.ml.robustness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fintune.ml.data.ApplicationFiles;
import com.fintune.ml.data.ApplicationValidator;
import com.fintune.ml.data.LoanApplication;
import com.fintune.ml.eval.robustness.CaseKind;
import com.fintune.ml.taxonomy.ReasonCategory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A robustness set read from JSON Lines: {@code {"type":"base","name":…,"application":{…}}} lines (loan applications
 * in the API's schema, notes left empty), {@code {"type":"case","id":…,"kind":…,"base":…,"note":…}} lines (with
 * {@code "expect"} for a paraphrase, {@code "insert"} and {@code "insertAt"} for a protected case), and any
 * {@code {"type":"about"}} lines of commentary. Every problem names the line and the field.
 */
public record RobustnessSet(String name, Map<String, LoanApplication> bases, List<RobustnessCase> cases) {

    /** Where the built-in set lives on the class path. */
    public static final String RESOURCE = "robustness/notes.jsonl";

    public RobustnessSet {
        bases = Map.copyOf(bases);
        cases = List.copyOf(cases);
    }

    /** The set FinTune ships ({@value #RESOURCE}). */
    public static RobustnessSet builtIn() throws IOException {
        InputStream in = RobustnessSet.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IOException("the built-in robustness set (" + RESOURCE + ") is not on the class path");
        }
        try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return read("built-in " + RESOURCE, r);
        }
    }

    public static RobustnessSet read(Path file) throws IOException {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(file.getFileName().toString(), r);
        }
    }

    public static RobustnessSet read(String name, Reader reader) throws IOException {
        ObjectMapper json = ApplicationFiles.json();
        ApplicationValidator validator = new ApplicationValidator();
        Map<String, LoanApplication> bases = new LinkedHashMap<>();
        Map<String, ObjectNode> baseJson = new HashMap<>();
        List<RobustnessCase> cases = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        BufferedReader lines = new BufferedReader(reader);
        String line;
        int number = 0;
        while ((line = lines.readLine()) != null) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            String where = name + " line " + number;
            try {
                JsonNode node = json.readTree(line);
                String type = text(node, "type", where);
                if (type.equals("base")) {
                    LoanApplication a = json.treeToValue(node.get("application"), LoanApplication.class);
                    validator.requireValid(a);
                    bases.put(text(node, "name", where), a);
                    baseJson.put(text(node, "name", where), (ObjectNode) node.get("application"));
                } else if (type.equals("case")) {
                    RobustnessCase c = toCase(node, changed(json, validator, node, baseJson, where), where);
                    if (!ids.add(c.id())) {
                        throw new IOException(where + ": case id " + c.id() + " is used twice");
                    }
                    cases.add(c);
                } else if (!type.equals("about")) {
                    throw new IOException(where + ": type must be base, case or about, was \"" + type + "\"");
                }
            } catch (IOException e) {
                throw e.getMessage() != null && e.getMessage().startsWith(where) ? e
                        : new IOException(where + ": " + e.getMessage(), e);
            } catch (RuntimeException e) {
                throw new IOException(where + ": " + e.getMessage(), e);
            }
        }
        for (RobustnessCase c : cases) {
            if (!bases.containsKey(c.base())) {
                throw new IOException(name + ": case " + c.id() + " names base \"" + c.base()
                        + "\", which the set does not define");
            }
        }
        return new RobustnessSet(name, bases, cases);
    }

    /** A decision case's application: its base (defined on an earlier line) with the case's "changes". */
    private static LoanApplication changed(ObjectMapper json, ApplicationValidator validator, JsonNode node,
                                           Map<String, ObjectNode> baseJson, String where) throws IOException {
        if (!node.has("changes")) {
            return null;
        }
        if (!node.get("changes").isObject()) {
            throw new IOException(where + ": \"changes\" must be an object of application fields");
        }
        ObjectNode base = baseJson.get(text(node, "base", where));
        if (base == null) {
            throw new IOException(where + ": a case with changes must come after its base line");
        }
        ObjectNode merged = base.deepCopy();
        merged.setAll((ObjectNode) node.get("changes"));
        LoanApplication a = json.treeToValue(merged, LoanApplication.class);
        validator.requireValid(a);
        return a;
    }

    private static RobustnessCase toCase(JsonNode node, LoanApplication changed, String where) throws IOException {
        CaseKind kind = CaseKind.parse(text(node, "kind", where));
        ReasonCategory expected = node.hasNonNull("expect") ? ReasonCategory.fromName(node.get("expect").asText())
                : null;
        String insert = node.hasNonNull("insert") ? node.get("insert").asText() : null;
        int insertAt = node.hasNonNull("insertAt") ? node.get("insertAt").asInt() : Integer.MAX_VALUE;
        String decision = node.hasNonNull("decision") ? node.get("decision").asText() : null;
        return new RobustnessCase(text(node, "id", where), kind, text(node, "base", where), text(node, "note", where),
                expected, insert, insertAt, decision, changed);
    }

    private static String text(JsonNode node, String field, String where) throws IOException {
        JsonNode v = node.get(field);
        if (v == null || !v.isTextual() || v.asText().isBlank()) {
            throw new IOException(where + ": \"" + field + "\" must be a non-empty text");
        }
        return v.asText();
    }
}
