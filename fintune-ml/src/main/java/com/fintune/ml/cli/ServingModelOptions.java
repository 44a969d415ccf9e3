package com.fintune.ml.cli;

import com.fintune.ml.explain.DecisionPolicy;
import com.fintune.ml.explain.Explainer;
import com.fintune.ml.features.FeaturePipeline;
import com.fintune.ml.serving.EncoderScoringModel;
import com.fintune.ml.serving.PredictionPipeline;
import com.fintune.ml.serving.ScoringModel;
import com.fintune.ml.serving.ShippedModel;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The options and the loading that every command answering like {@code fintune predict} shares (a picocli mixin):
 * the model (the shipped one unless {@code --model}), its tokenizer and length, the batch size and the decision
 * policy. {@code predict} and {@code notice} load and answer through this one class so that they cannot differ.
 */
final class ServingModelOptions {

    @Option(names = "--model", paramLabel = "DIR",
            description = "checkpoint directory (config.json, model.safetensors, tokenizer.json); default: the shipped model")
    Path modelDir;

    @Option(names = "--tokenizer", paramLabel = "FILE", description = "tokenizer.json to use instead of the model's")
    Path tokenizer;

    @Option(names = "--max-length", paramLabel = "N", defaultValue = "512",
            description = "tokens per application, specials included; capped by the model's position table (default: ${DEFAULT-VALUE})")
    int maxLength;

    @Option(names = "--batch-size", paramLabel = "N", defaultValue = "16",
            description = "applications scored together (default: ${DEFAULT-VALUE})")
    int batchSize;

    @Option(names = "--policy", paramLabel = "FILE",
            description = "properties file with fintune.policy.* thresholds and limits (defaults: docs/api.md)")
    Path policyFile;

    /** Refuses sizes that cannot work, as a usage error of {@code spec}'s command. */
    void check(CommandLine.Model.CommandSpec spec) {
        if (maxLength < 8 || batchSize < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--max-length must be at least 8 and --batch-size at least 1");
        }
    }

    PredictionPipeline pipeline() {
        return new PredictionPipeline(new FeaturePipeline(), new Explainer(policy()));
    }

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
            Path dir = ShippedModel.available(getClass().getClassLoader())
                    ? ShippedModel.materialize(getClass().getClassLoader())
                    : inRepo.orElseThrow(() -> CliFailure.badFile("the shipped model is not built in; give --model DIR"));
            return EncoderScoringModel.load(ShippedModel.NAME, dir, tokenizer, maxLength);
        } catch (IOException | RuntimeException e) {
            if (e instanceof CliFailure f) {
                throw f;
            }
            throw CliFailure.badFile("cannot load the model: " + e.getMessage());
        }
    }

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
