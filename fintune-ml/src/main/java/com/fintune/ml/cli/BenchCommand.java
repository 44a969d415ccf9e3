package com.fintune.ml.cli;

import com.fintune.ml.model.ComputeThreads;
import com.fintune.ml.model.RobertaConfig;
import com.fintune.ml.model.bench.BenchmarkResult;
import com.fintune.ml.model.bench.BenchmarkSettings;
import com.fintune.ml.model.bench.BenchmarkShapes;
import com.fintune.ml.model.bench.EncoderBenchmark;
import com.fintune.ml.eval.LabeledEvaluation;
import com.fintune.ml.model.checkpoint.BaseModelImport;
import com.fintune.ml.model.checkpoint.ModelWeights;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code fintune bench}: encoder latency/throughput vs ND4J's GEMM floor for three model shapes; prints and writes JSON. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Benchmarks the encoder: batch-1 latency p50/p95/p99 at several lengths, throughput at several "
                + "batch sizes, ND4J's GEMM GFLOP/s on the encoder's shapes and each model's share of it, and a per-op "
                + "profile. Models: tiny (the tiny-roberta fixture), distilroberta (6x768) and roberta-base (12x768), "
                + "random weights for these two, minilm (all-MiniLM-L6-v2, BERT 6x384, real weights). Writes encoder-benchmark.json."})
final class BenchCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--models", split = ",", defaultValue = "tiny,distilroberta,roberta-base",
            description = "which of tiny, distilroberta, roberta-base, minilm (all-MiniLM-L6-v2, BERT 6x384, its real"
                    + " weights from the jar) (default ${DEFAULT-VALUE})")
    private List<String> models;

    @Option(names = "--lengths", split = ",", paramLabel = "N",
            description = "batch-1 latency lengths in tokens (default 64,128,256)")
    private List<Integer> lengths;

    @Option(names = "--batches", split = ",", paramLabel = "N", description = "throughput batch sizes (default 8,16,32)")
    private List<Integer> batches;

    @Option(names = "--batch-length", paramLabel = "N", description = "throughput sequence length (default 128)")
    private Integer batchLength;

    @Option(names = "--tiny", paramLabel = "DIR",
            description = "the tiny model directory (default <repo>/../shared/fixtures/tiny-roberta; random weights "
                    + "of its shape when absent)")
    private Path tinyDir;

    @Option(names = "--runs", defaultValue = "40", description = "timed batch-1 runs per length (default ${DEFAULT-VALUE})")
    private int runs;

    @Option(names = "--batch-runs", defaultValue = "5", description = "timed runs per batch size (default ${DEFAULT-VALUE})")
    private int batchRuns;

    @Option(names = "--threads", defaultValue = "0",
            description = "ND4J compute threads (default: ND4J's choice, all cores)")
    private int threads;

    @Option(names = "--output", paramLabel = "DIR", description = "directory for the JSON (default: <repo>/target/bench)")
    private Path output;

    @Override
    public void run() {
        if (runs < 5 || batchRuns < 1 || threads < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--runs >= 5, --batch-runs >= 1, --threads >= 0");
        }
        ComputeThreads.set(threads);
        BenchmarkSettings defaults = BenchmarkSettings.DEFAULT;
        EncoderBenchmark bench = new EncoderBenchmark(new BenchmarkSettings(
                lengths != null ? lengths : defaults.latencyLengths(), runs,
                batches != null ? batches : defaults.throughputBatches(),
                batchLength != null ? batchLength : defaults.throughputLength(), batchRuns, defaults.warmUpRuns(),
                defaults.profileRuns()));
        PrintWriter out = spec.commandLine().getOut();
        out.printf("ND4J compute threads: %d, available processors: %d, load average: %.2f%n", ComputeThreads.current(),
                Runtime.getRuntime().availableProcessors(), loadAverage());
        out.flush();
        List<BenchmarkResult> results = new ArrayList<>();
        for (String model : models) {
            BenchmarkResult r = bench.run(model, weights(model));
            results.add(r);
            BenchReport.print(out, r);
            out.flush();
        }
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("benchmark", "encoder");
        report.put("measuredAt", Instant.now().toString());
        report.put("computeThreads", ComputeThreads.current());
        report.put("availableProcessors", Runtime.getRuntime().availableProcessors());
        report.put("loadAverageAtEnd", loadAverage());
        report.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        report.put("backend", org.nd4j.linalg.factory.Nd4j.getBackend().getClass().getSimpleName());
        report.put("models", results);
        out.println("wrote " + BenchOutput.write(BenchOutput.directory(output), "encoder-benchmark.json", report));
        out.flush();
    }

    private ModelWeights weights(String model) {
        return switch (model) {
            case "tiny" -> tinyWeights();
            case "distilroberta" -> ModelWeights.random(BenchmarkShapes.distilRoberta(), 1);
            case "roberta-base" -> ModelWeights.random(BenchmarkShapes.robertaBase(), 1);
            case "minilm" -> BaseModelImport.miniLmWeights(LabeledEvaluation.categoryNames(), 1);
            default -> throw new CommandLine.ParameterException(spec.commandLine(), "unknown model '" + model
                    + "' (tiny, distilroberta, roberta-base, minilm)");
        };
    }

    private ModelWeights tinyWeights() {
        Path dir = tinyDir != null ? tinyDir
                : Path.of(System.getProperty("fintune.repo", ".")).resolve("../shared/fixtures/tiny-roberta");
        if (tinyDir == null && !Files.isDirectory(dir)) {
            RobertaConfig shape = BenchmarkShapes.tiny();
            return ModelWeights.random(shape, 1);
        }
        return ModelFiles.load(dir).weights();
    }

    static double loadAverage() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
