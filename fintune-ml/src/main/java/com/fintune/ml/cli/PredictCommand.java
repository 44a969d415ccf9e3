package com.fintune.ml.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fintune.ml.data.ApplicationFiles;
import com.fintune.ml.data.LoanApplication;
import com.fintune.ml.data.ValidationException;
import com.fintune.ml.serving.ApplicationJson;
import com.fintune.ml.serving.PredictionAnswer;
import com.fintune.ml.serving.PredictionPipeline;
import com.fintune.ml.serving.ScoringModel;
import com.fintune.ml.underwriting.ProductOffer;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

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

    @CommandLine.Mixin
    private ServingModelOptions serving;

    @Override
    public void run() {
        serving.check(spec);
        int batchSize = serving.batchSize;
        PredictionPipeline pipeline = serving.pipeline();
        List<ProductOffer> products = ProductOffer.builtIn();
        ApplicationJson requests = new ApplicationJson();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<String> bad = new ArrayList<>();
        long answered;
        try (ScoringModel model = serving.load()) {
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

    static LoanApplication application(ApplicationJson requests, com.fasterxml.jackson.databind.JsonNode object,
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
}
