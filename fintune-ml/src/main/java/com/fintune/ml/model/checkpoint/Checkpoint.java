package com.fintune.ml.model.checkpoint;

import com.fintune.ml.model.RobertaConfig;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A model directory in the Hugging Face layout: {@code config.json}, {@code model.safetensors} and
 * {@code tokenizer.json}. Loading checks every tensor against the config; saving writes each file through a
 * temporary file, so an interrupted save never leaves a half-written file behind.
 *
 * @param tokenizerJson the tokenizer file's bytes, copied through unchanged; {@code null} when there is none
 */
public record Checkpoint(RobertaConfig config, ModelWeights weights, byte[] tokenizerJson) {
    public static final String CONFIG_FILE = "config.json";
    public static final String WEIGHTS_FILE = "model.safetensors";
    public static final String TOKENIZER_FILE = "tokenizer.json";

    public Checkpoint {
        if (!config.equals(weights.config())) {
            throw new IllegalArgumentException("config and weights disagree; use weights.config()");
        }
    }

    /** Loads FinTune's own checkpoints: every tensor present, none extra. */
    public static Checkpoint load(Path dir) {
        return load(dir, LoadOptions.strict());
    }

    public static Checkpoint load(Path dir, LoadOptions options) {
        Path configFile = dir.resolve(CONFIG_FILE);
        Path weightsFile = dir.resolve(WEIGHTS_FILE);
        if (!Files.isRegularFile(configFile) || !Files.isRegularFile(weightsFile)) {
            throw new CheckpointException(dir + " is not a model directory: it needs " + CONFIG_FILE + " and "
                    + WEIGHTS_FILE);
        }
        RobertaConfig config;
        try {
            config = RobertaConfig.read(configFile);
        } catch (IllegalArgumentException e) {
            throw new CheckpointException(e.getMessage(), e);
        }
        ModelWeights weights = CheckpointReader.weights(config, SafeTensors.read(weightsFile), options);
        Path tokenizerFile = dir.resolve(TOKENIZER_FILE);
        try {
            byte[] tokenizer = Files.isRegularFile(tokenizerFile) ? Files.readAllBytes(tokenizerFile) : null;
            return new Checkpoint(weights.config(), weights, tokenizer);
        } catch (IOException e) {
            throw new CheckpointException("cannot read " + tokenizerFile + ": " + e.getMessage(), e);
        }
    }

    /** Writes the three files into {@code dir} (created if needed); weights as F32 or F16. */
    public void save(Path dir, TensorDType dtype) {
        try {
            Files.createDirectories(dir);
            writeAtomically(dir.resolve(CONFIG_FILE), (config.toJson() + "\n").getBytes());
            SafeTensors.write(dir.resolve(WEIGHTS_FILE), weights.toTensors(), dtype);
            if (tokenizerJson != null) {
                writeAtomically(dir.resolve(TOKENIZER_FILE), tokenizerJson);
            }
        } catch (IOException e) {
            throw new CheckpointException("cannot save checkpoint to " + dir + ": " + e.getMessage(), e);
        }
    }

    private static void writeAtomically(Path file, byte[] bytes) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.write(tmp, bytes);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
