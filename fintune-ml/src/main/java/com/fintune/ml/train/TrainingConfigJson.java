package com.fintune.ml.train;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
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
        return merge(TrainingConfig.defaults(), MAPPER.readTree(file.toFile()));
    }

    /** {@code overrides} over {@code base}: objects merge key by key, anything else replaces. */
    public static TrainingConfig merge(TrainingConfig base, JsonNode overrides) throws IOException {
        ObjectNode tree = MAPPER.valueToTree(base);
        mergeInto(tree, overrides, "");
        return MAPPER.treeToValue(tree, TrainingConfig.class);
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
