package com.fintune.ml.cli;

import com.fintune.ml.explain.DecisionPolicy;
import com.fintune.ml.serving.EncoderScoringModel;
import com.fintune.ml.serving.ScoringModel;
import com.fintune.ml.serving.ShippedModel;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import picocli.CommandLine.Option;

/**
 * The options of every command that answers applications as the server does ({@code predict}, {@code explain},
 * {@code notice}): which model, which tokenizer, how many tokens, which decision policy; and loading them, each
 * problem as one bad-file line.
 */
final class ServedModelOptions {

    @Option(names = "--model", paramLabel = "DIR",
            description = "checkpoint directory (config.json, model.safetensors, tokenizer.json); default: the shipped model")
    Path modelDir;

    @Option(names = "--tokenizer", paramLabel = "FILE", description = "tokenizer.json to use instead of the model's")
    Path tokenizer;

    @Option(names = "--max-length", paramLabel = "N", defaultValue = "512",
            description = "tokens per application, specials included; capped by the model's position table (default: ${DEFAULT-VALUE})")
    int maxLength;

    @Option(names = "--policy", paramLabel = "FILE",
            description = "properties file with fintune.policy.* thresholds and limits (defaults: docs/api.md)")
    Path policyFile;

    /** The model to score with: --model, else the shipped model (built in, or models/ under -Dfintune.repo). */
    ScoringModel load() {
        try {
            if (modelDir != null) {
                if (!Files.isDirectory(modelDir)) {
                    throw CliFailure.badFile("--model " + modelDir + " is not a directory");
                }
                return EncoderScoringModel.load(modelDir.getFileName().toString(), modelDir, tokenizer, maxLength);
            }
            Optional<Path> inRepo = Optional.ofNullable(System.getProperty("fintune.repo"))
                    .map(r -> Path.of(r, "models", ShippedModel.NAME)).filter(Files::isDirectory);
            ClassLoader loader = ServedModelOptions.class.getClassLoader();
            Path dir = ShippedModel.available(loader) ? ShippedModel.materialize(loader)
                    : inRepo.orElseThrow(() -> CliFailure.badFile("the shipped model is not built in; give --model DIR"));
            return EncoderScoringModel.load(ShippedModel.NAME, dir, tokenizer, maxLength);
        } catch (IOException | RuntimeException e) {
            if (e instanceof CliFailure f) {
                throw f;
            }
            throw CliFailure.badFile("cannot load the model: " + e.getMessage());
        }
    }

    /** --policy's thresholds and limits, or the defaults. */
    DecisionPolicy policy() {
        if (policyFile == null) {
            return DecisionPolicy.defaults();
        }
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(policyFile)) {
            p.load(in);
            return DecisionPolicy.fromSettings(key -> Optional.ofNullable(p.getProperty(key)));
        } catch (IOException | IllegalArgumentException e) {
            throw CliFailure.badFile("--policy " + policyFile + ": " + e.getMessage());
        }
    }
}
