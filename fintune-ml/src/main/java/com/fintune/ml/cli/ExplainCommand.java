package com.fintune.ml.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fintune.ml.data.LoanApplication;
import com.fintune.ml.explain.report.AnswerExplainer;
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
 * {@code fintune explain}: applications as JSON Lines on stdin to one line each on stdout holding the answer and
 * its explanation (the JSON of GET /api/v1/predictions/{id}/explanation), computed offline with the same model and
 * code as the server.
 */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = {"Explains the answers for applications read as JSON Lines on stdin.",
            "Each line holds the fields of POST /api/v1/predict; each output line is",
            "{\"line\": n, \"answer\": {...}, \"explanation\": {...}}: Shapley values of the risk score and of every",
            "reason over ten feature groups (1,024 coalitions scored by the model, about a second each on",
            "two cores), the answer's reasons ranked by contribution, the notes' sentences with their effect, and for",
            "a DENY or REFER the smallest changes (loan, down payment, debt payoff, program) the model would approve.",
            "Bad lines are reported on stderr by number and skipped; the run then ends with exit status 1."})
final class ExplainCommand implements Runnable {

    private static final ObjectMapper JSON = new ObjectMapper();

    @CommandLine.ParentCommand
    private FinTuneCli parent;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    private ServingModelOptions served;

    @Override
    public void run() {
        served.check(spec);
        PredictionPipeline pipeline = served.pipeline();
        List<ProductOffer> products = ProductOffer.builtIn();
        ApplicationJson requests = new ApplicationJson();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<String> bad = new ArrayList<>();
        long explained;
        try (ScoringModel model = served.load()) {
            AnswerExplainer explainer = new AnswerExplainer(pipeline, model, products);
            explained = JsonLinesInput.forEachObject(parent.stdin(), (line, object) -> {
                LoanApplication a = PredictCommand.application(requests, object, line);
                PredictionAnswer answer = pipeline.predict(model, List.of(a), products).get(0);
                out.append(line(line, answer, explainer.explain(a, answer, model.version()))).append('\n');
                out.flush();
            }, failure -> {
                bad.add(failure.getMessage());
                err.println("explain: " + failure.getMessage());
                err.flush();
            });
        }
        if (!bad.isEmpty()) {
            throw new CliFailure(ExitCode.BAD_INPUT, bad.size() + (bad.size() == 1 ? " line was" : " lines were")
                    + " not explained (listed above); " + explained + " explained");
        }
    }

    private static String line(long line, PredictionAnswer answer, String explanation) {
        try {
            ObjectNode node = JSON.createObjectNode().put("line", line);
            node.set("answer", com.fintune.ml.data.ApplicationFiles.json().valueToTree(answer));
            node.set("explanation", JSON.readTree(explanation));
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
