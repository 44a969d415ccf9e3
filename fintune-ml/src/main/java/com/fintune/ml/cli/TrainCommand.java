package com.fintune.ml.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fintune.ml.train.TrainingConfig;
import com.fintune.ml.train.TrainingConfigJson;
import com.fintune.ml.train.TrainingRun;
import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code fintune train}: fine-tunes a model from a config file and/or flags (flags win), exporting the best
 * checkpoint to {@code --out}. Re-running the same command after a kill resumes from {@code --work}.
 */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = {"Trains FinTune's encoder (reasons + risk) and exports the best checkpoint (Hugging Face layout).",
            "Starts from --init (a checkpoint directory) or a new small RoBERTa (masked-LM pre-training first).",
            "Settings: --config FILE (JSON, see docs/training.md) then flags. A killed run resumes when re-run."})
final class TrainCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "model directory to write")
    private Path out;

    @Option(names = "--work", paramLabel = "DIR",
            description = "resume points and logs (default: target/train-work/<name of --out>)")
    private Path work;

    @Option(names = "--config", paramLabel = "FILE", description = "training config JSON (defaults for the rest)")
    private Path configFile;

    @Option(names = "--data", paramLabel = "FILE", description = "training applications (JSONL or CSV from generate)")
    private String data;

    @Option(names = "--generate", paramLabel = "N", description = "generate N applications instead of --data")
    private Integer generate;

    @Option(names = "--generator-seed", paramLabel = "S", description = "seed of the generated training set")
    private Long generatorSeed;

    @Option(names = "--init", paramLabel = "DIR", description = "Hugging Face checkpoint to fine-tune")
    private String init;

    @Option(names = "--tokenizer", paramLabel = "FILE", description = "tokenizer.json for a new model")
    private String tokenizer;

    @Option(names = "--seed", paramLabel = "S", description = "seed of init, split, batches, masking, dropout")
    private Long seed;

    @Option(names = "--epochs", paramLabel = "N", description = "maximum fine-tuning epochs")
    private Integer epochs;

    @Option(names = "--pretrain-epochs", paramLabel = "N", description = "masked-LM epochs for a new model (0 = none)")
    private Integer pretrainEpochs;

    @Option(names = "--batch-size", paramLabel = "N", description = "applications per update")
    private Integer batchSize;

    @Option(names = "--lr", paramLabel = "RATE", description = "peak fine-tuning learning rate")
    private Double learningRate;

    @Option(names = "--hidden", paramLabel = "N", description = "hidden size of a new model")
    private Integer hidden;

    @Option(names = "--layers", paramLabel = "N", description = "encoder layers of a new model")
    private Integer layers;

    @Option(names = "--max-length", paramLabel = "N", description = "tokens per application, specials included")
    private Integer maxLength;

    @Override
    public void run() {
        TrainingConfig config = config();
        Path workDir = work != null ? work
                : Path.of("target", "train-work", out.toAbsolutePath().normalize().getFileName().toString());
        try {
            new TrainingRun(config, Path.of(""), System.err).run(out, workDir);
        } catch (IOException | com.fintune.ml.model.checkpoint.CheckpointException e) {
            throw CliFailure.badFile(e.getMessage());
        }
    }

    private TrainingConfig config() {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode o = mapper.createObjectNode();
        if (data != null) o.put("trainData", data);
        if (generate != null) o.put("generatedCount", generate).putNull("trainData");
        if (generatorSeed != null) o.put("generatorSeed", generatorSeed);
        if (init != null) o.put("initCheckpoint", init);
        if (tokenizer != null) o.put("tokenizer", tokenizer);
        if (seed != null) o.put("seed", seed);
        if (maxLength != null) o.put("maxLength", maxLength);
        ObjectNode ft = o.putObject("fineTune");
        if (epochs != null) ft.put("epochs", epochs);
        if (batchSize != null) ft.put("batchSize", batchSize);
        if (learningRate != null) ft.put("learningRate", learningRate);
        ObjectNode pre = o.putObject("pretrain");
        if (pretrainEpochs != null) pre.put("epochs", pretrainEpochs);
        ObjectNode shape = o.putObject("shape");
        if (hidden != null) shape.put("hiddenSize", hidden).put("intermediateSize", 4 * hidden);
        if (layers != null) shape.put("layers", layers);
        try {
            TrainingConfig base = configFile == null ? TrainingConfig.defaults() : TrainingConfigJson.read(configFile);
            return TrainingConfigJson.merge(base, o);
        } catch (IOException e) {
            throw CliFailure.badFile("training config: " + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }
}
