package com.fintune.ml.cli;

import com.fintune.ml.eval.LabeledEvaluation;
import com.fintune.ml.model.checkpoint.BaseModel;
import com.fintune.ml.model.checkpoint.BaseModelImport;
import com.fintune.ml.model.checkpoint.Checkpoint;
import com.fintune.ml.model.checkpoint.CheckpointException;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code fintune import-base}: a base model directory for {@code train}'s initCheckpoint, referencing MiniLM. */
@Command(name = "import-base", mixinStandardHelpOptions = true,
        description = {"Writes a base model directory for the pre-trained all-MiniLM-L6-v2 encoder.",
            "The directory (config.json, tokenizer.json, base-model.json) references the encoder by Maven",
            "coordinates and SHA-256 instead of copying it.",
            "Use it as 'initCheckpoint' in a training config."})
final class ImportBaseCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "the directory to write")
    private Path out;

    @Override
    public void run() {
        Checkpoint c;
        try {
            c = BaseModelImport.allMiniLmL6V2(out, LabeledEvaluation.categoryNames());
        } catch (CheckpointException e) {
            throw CliFailure.badFile(e.getMessage());
        }
        BaseModel base = c.base();
        spec.commandLine().getOut().printf("wrote %s: %s (%s), %d layers x %d, %,d parameters%n", out,
                base.coordinates(), base.resource(), c.config().numHiddenLayers(), c.config().hiddenSize(),
                c.weights().parameterCount());
        spec.commandLine().getOut().flush();
    }
}
