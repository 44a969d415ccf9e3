package com.fintune.ml.cli;

import com.fintune.ml.eval.EvaluationJson;
import com.fintune.ml.eval.report.RobustnessSection;
import com.fintune.ml.eval.robustness.KindSummary;
import com.fintune.ml.eval.robustness.RobustnessEvaluation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code fintune robustness}: only the hand-written robustness set (benign remarks, negations, paraphrased reasons,
 * protected-word insertions) on a model, in seconds; prints the report section, optionally writes the JSON.
 */
@Command(name = "robustness", mixinStandardHelpOptions = true,
        description = {"Runs the hand-written robustness set on a model through the serving path.",
            "It prints pass rates per kind and the failures (Markdown); `evaluate` reports the same beside the test set."})
final class RobustnessCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--model", required = true, paramLabel = "DIR", description = "checkpoint directory")
    private Path modelDir;

    @Option(names = "--set", paramLabel = "FILE", description = "another robustness set (default: the built-in one)")
    private Path setFile;

    @Option(names = "--json", paramLabel = "FILE", description = "also write the figures as JSON")
    private Path json;

    @Override
    public void run() {
        if (!Files.isDirectory(modelDir)) {
            throw CliFailure.badFile("--model " + modelDir + " is not a directory");
        }
        try {
            RobustnessEvaluation r = RobustnessRun.run(modelDir, ModelFiles.load(modelDir), setFile);
            if (json != null) {
                Path parent = json.toAbsolutePath().getParent();
                Files.createDirectories(parent);
                EvaluationJson.mapper().writeValue(json.toFile(), r);
            }
            spec.commandLine().getOut().print(RobustnessSection.markdown(r));
            spec.commandLine().getOut().flush();
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "robustness: %d of %d pass",
                    r.passed(), r.cases()));
            for (KindSummary k : r.kinds()) {
                line.append(String.format(Locale.ROOT, "; %s %d/%d", k.kind().name().toLowerCase(Locale.ROOT),
                        k.passed(), k.cases()));
            }
            spec.commandLine().getErr().println(line);
            spec.commandLine().getErr().flush();
        } catch (IOException e) {
            throw CliFailure.badFile(e.getMessage());
        }
    }
}
