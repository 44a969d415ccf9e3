package com.fintune.ml.train;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a training config file over the defaults (a file may name only what it changes; an unknown key is an
 * error naming it) and writes the complete config.
 */
public final class TrainingConfigJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private TrainingConfigJson() {
    }

    public static TrainingConfig read(Path file) throws IOException {
        JsonNode tree;
        try {
            tree = MAPPER.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new IOException(file.getFileName() + " is not valid JSON" + (at == null ? ""
                    : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")"), e);
        }
        if (tree == null || !tree.isObject()) {
            throw new IOException(file.getFileName() + " must hold one JSON object of training settings");
        }
        return merge(TrainingConfig.defaults(), tree);
    }

    /** {@code overrides} over {@code base}: objects merge key by key, anything else replaces. */
    public static TrainingConfig merge(TrainingConfig base, JsonNode overrides) throws IOException {
        ObjectNode tree = MAPPER.valueToTree(base);
        mergeInto(tree, overrides, "");
        try {
            return MAPPER.treeToValue(tree, TrainingConfig.class);
        } catch (ValueInstantiationException e) {
            // the config's own checks (record constructors) say what is wrong in the user's words
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new IOException(cause.getMessage(), e);
        } catch (MismatchedInputException e) {
            throw new IOException("training setting '" + settingPath(e) + "' must be " + kind(e.getTargetType()), e);
        }
    }

    private static String settingPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                path.append('[').append(r.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String kind(Class<?> type) {
        String name = type == null ? "" : type.getSimpleName().toLowerCase(Locale.ROOT);
        return switch (name) {
            case "int", "integer", "long", "short" -> "a whole number";
            case "double", "float" -> "a number";
            case "boolean" -> "true or false";
            case "string" -> "a string";
            default -> type != null && type.isEnum() ? "one of " + java.util.Arrays.toString(type.getEnumConstants())
                    : "an object of settings";
        };
    }

    private static void mergeInto(ObjectNode target, JsonNode source, String path) throws IOException {
        Iterator<Map.Entry<String, JsonNode>> fields = source.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> f = fields.next();
            JsonNode existing = target.get(f.getKey());
            if (!target.has(f.getKey())) {
                throw new IOException("unknown training setting '" + path + f.getKey() + "'");
            }
            if (existing != null && existing.isObject() && f.getValue().isObject()) {
                mergeInto((ObjectNode) existing, f.getValue(), path + f.getKey() + ".");
            } else {
                target.set(f.getKey(), f.getValue());
            }
        }
    }

    public static String toJson(TrainingConfig config) {
        try {
            return MAPPER.writeValueAsString(config);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static void write(Path file, TrainingConfig config) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, toJson(config) + "\n");
    }
}
