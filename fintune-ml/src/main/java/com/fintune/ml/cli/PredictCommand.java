package com.fintune.ml.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fintune.ml.data.ApplicationFiles;
import com.fintune.ml.data.LoanApplication;
import com.fintune.ml.data.ValidationException;
import com.fintune.ml.explain.DecisionPolicy;
import com.fintune.ml.explain.Explainer;
import com.fintune.ml.features.FeaturePipeline;
import com.fintune.ml.serving.ApplicationJson;
import com.fintune.ml.serving.EncoderScoringModel;
import com.fintune.ml.serving.PredictionAnswer;
import com.fintune.ml.serving.PredictionPipeline;
import com.fintune.ml.serving.ScoringModel;
import com.fintune.ml.serving.ShippedModel;
import com.fintune.ml.underwriting.ProductOffer;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code fintune predict}: applications as JSON Lines on stdin (the request schema of POST /api/v1/predict) to the
 * API's answers on stdout, one line each, in order. Nothing is stored, so {@code predictionId} is absent.
 */
@Command(name = "predict", mixinStandardHelpOptions = true,
        description = {"Predicts decision, risk and reasons for applications read as JSON Lines on stdin.",
            "Each line holds the fields of POST /api/v1/predict; each answer (decision, risk, reasons, summary,",
            "remediation) is one line on stdout.",
            "Every good line is answered, in order; each bad line is reported on stderr by its line number and",
            "skipped, and the run then ends with exit status 1."})
final class PredictCommand implements Runnable {

    @CommandLine.ParentCommand
    private FinTuneCli parent;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--model", paramLabel = "DIR",
            description = "checkpoint directory (config.json, model.safetensors, tokenizer.json); default: the shipped model")
    private Path modelDir;

    @Option(names = "--tokenizer", paramLabel = "FILE", description = "tokenizer.json to use instead of the model's")
    private Path tokenizer;

    @Option(names = "--max-length", paramLabel = "N", defaultValue = "512",
            description = "tokens per application, specials included; capped by the model's position table (default: ${DEFAULT-VALUE})")
    private int maxLength;

    @Option(names = "--batch-size", paramLabel = "N", defaultValue = "16",
            description = "applications scored together (default: ${DEFAULT-VALUE})")
    private int batchSize;

    @Option(names = "--policy", paramLabel = "FILE",
            description = "properties file with fintune.policy.* thresholds and limits (defaults: docs/api.md)")
    private Path policyFile;

    @Override
    public void run() {
        if (maxLength < 8 || batchSize < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--max-length must be at least 8 and --batch-size at least 1");
        }
        PredictionPipeline pipeline = new PredictionPipeline(new FeaturePipeline(), new Explainer(policy()));
        List<ProductOffer> products = ProductOffer.builtIn();
        ApplicationJson requests = new ApplicationJson();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<String> bad = new ArrayList<>();
        long answered;
        try (ScoringModel model = load()) {
            List<LoanApplication> pending = new ArrayList<>(batchSize);
            answered = JsonLinesInput.forEachObject(parent.stdin(), (line, object) -> {
                pending.add(application(requests, object, line));
                if (pending.size() == batchSize) {
                    write(out, pipeline.predict(model, pending, products));
                    pending.clear();
                }
            }, failure -> {
                bad.add(failure.getMessage());
                err.println("predict: " + failure.getMessage());
                err.flush();
            });
            write(out, pipeline.predict(model, pending, products));
        }
        out.flush();
        if (!bad.isEmpty()) {
            throw new CliFailure(ExitCode.BAD_INPUT, bad.size() + (bad.size() == 1 ? " line was" : " lines were")
                    + " not answered (listed above); " + answered + " answered");
        }
    }

    private static LoanApplication application(ApplicationJson requests, com.fasterxml.jackson.databind.JsonNode object,
                                               long line) {
        try {
            ApplicationJson.Request request = requests.read(object, "");
            if (request.application() == null) {
                throw CliFailure.badInput(line, "applicationId needs the server's database; give the application itself");
            }
            return request.application();
        } catch (ValidationException e) {
            throw CliFailure.badInput(line, e.getMessage());
        }
    }

    private static void write(PrintWriter out, List<PredictionAnswer> answers) {
        for (PredictionAnswer a : answers) {
            try {
                out.append(ApplicationFiles.json().writeValueAsString(a)).append('\n');
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
        }
        out.flush();
    }

    private ScoringModel load() {
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

    private DecisionPolicy policy() {
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
