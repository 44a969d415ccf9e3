package com.fintune.ml.cli;

import com.fintune.ml.model.bench.BenchmarkShapes;
import com.fintune.ml.model.bench.MemoryCheck;
import com.fintune.ml.model.checkpoint.Checkpoint;
import com.fintune.ml.model.checkpoint.ModelWeights;
import com.fintune.ml.model.predict.PredictorSettings;
import com.fintune.ml.tokenizer.TextTokenizer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code fintune bench-memory}: resident footprint of a loaded predictor and RSS over many predictions. */
@Command(name = "bench-memory", mixinStandardHelpOptions = true,
        description = {"Loads a predictor, prints the process RSS before and after loading, then runs predictions one "
                + "at a time and prints RSS every --every predictions. Writes predictor-memory-<model>.json."})
final class BenchMemoryCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--model", paramLabel = "DIR", description = "model directory (default: the tiny-roberta fixture)")
    private Path modelDir;

    @Option(names = "--shape", description = "instead of --model: random weights of distilroberta or roberta-base")
    private String shape;

    @Option(names = "--tokenizer", paramLabel = "FILE",
            description = "tokenizer.json when the model has none (default: the roberta-base fixture tokenizer)")
    private Path tokenizerFile;

    @Option(names = "--predictions", defaultValue = "10000", description = "predictions to run (default ${DEFAULT-VALUE})")
    private int predictions;

    @Option(names = "--every", defaultValue = "1000", description = "RSS sample interval (default ${DEFAULT-VALUE})")
    private int every;

    @Option(names = "--threads", defaultValue = "0", description = "ND4J compute threads (default: ND4J's choice)")
    private int threads;

    @Option(names = "--output", paramLabel = "DIR", description = "directory for the JSON (default: <repo>/target/bench)")
    private Path output;

    @Override
    public void run() {
        if (predictions < 1 || every < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--predictions and --every must be >= 1");
        }
        Path fixtures = Path.of(System.getProperty("fintune.repo", ".")).resolve("../shared/fixtures");
        String name = shape != null ? shape : modelDir != null ? modelDir.getFileName().toString() : "tiny-roberta";
        Checkpoint checkpoint = checkpoint(fixtures);
        TextTokenizer tokenizer = tokenizer(checkpoint, fixtures);
        PrintWriter out = spec.commandLine().getOut();
        MemoryCheck.Result r = MemoryCheck.run(checkpoint, tokenizer,
                PredictorSettings.DEFAULT.withComputeThreads(threads), predictions, every, i -> { });
        out.printf("%s: %,d parameters; RSS before load %.1f MB, after load %.1f MB (footprint %.1f MB)%n", name,
                r.parameters(), r.rssBeforeLoadMb(), r.rssAfterLoadMb(), r.modelFootprintMb());
        for (MemoryCheck.Sample s : r.samples()) {
            out.printf("  after %,6d predictions: RSS %.1f MB, Java heap used %.1f / committed %.1f MB, outside the "
                    + "heap %.1f MB%n", s.predictions(), s.rssMb(), s.javaHeapUsedMb(), s.javaHeapCommittedMb(),
                    s.outsideHeapMb());
        }
        out.printf("RSS growth from the first sample to the last: %.1f MB; %.3f ms per prediction; load average %.2f%n",
                r.growthAfterFirstSampleMb(), r.millisPerPrediction(), BenchCommand.loadAverage());
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("benchmark", "predictor-memory");
        report.put("measuredAt", Instant.now().toString());
        report.put("model", name);
        report.put("result", r);
        out.println("wrote " + BenchOutput.write(BenchOutput.directory(output), "predictor-memory-" + name + ".json",
                report));
        out.flush();
    }

    private Checkpoint checkpoint(Path fixtures) {
        if (shape == null) {
            return ModelFiles.load(modelDir != null ? modelDir : fixtures.resolve("tiny-roberta"));
        }
        ModelWeights w = switch (shape) {
            case "distilroberta" -> ModelWeights.random(BenchmarkShapes.distilRoberta(), 1);
            case "roberta-base" -> ModelWeights.random(BenchmarkShapes.robertaBase(), 1);
            default -> throw new CommandLine.ParameterException(spec.commandLine(),
                    "--shape must be distilroberta or roberta-base");
        };
        return new Checkpoint(w.config(), w, null);
    }

    private TextTokenizer tokenizer(Checkpoint checkpoint, Path fixtures) {
        if (tokenizerFile != null) {
            return TokenizerFiles.load(tokenizerFile);
        }
        if (checkpoint.tokenizerJson() != null && modelDir != null) {
            return TokenizerFiles.load(modelDir);
        }
        return TokenizerFiles.load(fixtures.resolve("roberta-base-tokenizer/tokenizer.json"));
    }
}
