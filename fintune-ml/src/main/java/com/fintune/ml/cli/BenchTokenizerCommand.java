package com.fintune.ml.cli;

import com.fintune.ml.bench.SampleNotes;
import com.fintune.ml.bench.TokenizerBenchmark;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code fintune bench-tokenizer}: tokens per second on a fixed note workload; prints and writes JSON. */
@Command(name = "bench-tokenizer", mixinStandardHelpOptions = true,
        description = "Measures tokenizer throughput (tokens/s) and writes tokenizer-throughput.json.")
final class BenchTokenizerCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--tokenizer", required = true, paramLabel = "FILE", description = "tokenizer.json to measure")
    private Path tokenizerFile;

    @Option(names = "--texts", defaultValue = "20000", description = "notes in the workload (default ${DEFAULT-VALUE})")
    private int texts;

    @Option(names = "--passes", defaultValue = "5", description = "timed passes per configuration (default ${DEFAULT-VALUE})")
    private int passes;

    @Option(names = "--threads", description = "threads for the shared-tokenizer run (default: available processors)")
    private Integer threads;

    @Option(names = "--output", paramLabel = "DIR", description = "directory for the JSON (default: <repo>/target/bench)")
    private Path output;

    @Override
    public void run() {
        int threadCount = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (texts < 1 || passes < 1 || threadCount < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--texts, --passes and --threads must be >= 1");
        }
        Path file = Files.isDirectory(tokenizerFile) ? tokenizerFile.resolve("tokenizer.json") : tokenizerFile;
        TokenizerFiles.load(file); // fails with a one-line message before any timing if the file is unusable
        TokenizerBenchmark.Result result;
        try {
            result = new TokenizerBenchmark(file, SampleNotes.generate(texts, 20_240_611L), passes, threadCount).run();
        } catch (java.io.IOException e) {
            throw CliFailure.badFile("cannot use tokenizer file " + file + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CliFailure(ExitCode.INTERNAL, "interrupted");
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf("tokenizer %s: %d notes, %d tokens per pass, loaded in %.0f ms%n",
                file.getFileName(), result.texts(), result.tokensPerPass(), result.loadMillis());
        for (TokenizerBenchmark.Measurement m : result.measurements()) {
            out.printf("  %-38s %,12.0f tokens/s  (min %,.0f, max %,.0f)%n",
                    m.name(), m.medianTokensPerSecond(), m.minTokensPerSecond(), m.maxTokensPerSecond());
        }
        Path written = BenchOutput.write(BenchOutput.directory(output), "tokenizer-throughput.json", report(file, result, threadCount));
        out.println("wrote " + written);
        out.flush();
    }

    private Map<String, Object> report(Path file, TokenizerBenchmark.Result result, int threadCount) {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("benchmark", "tokenizer-throughput");
        report.put("measuredAt", Instant.now().toString());
        report.put("tokenizer", file.getFileName().toString());
        report.put("texts", result.texts());
        report.put("passes", passes);
        report.put("threads", threadCount);
        report.put("availableProcessors", Runtime.getRuntime().availableProcessors());
        report.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        report.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        report.put("loadMillis", result.loadMillis());
        report.put("tokensPerPass", result.tokensPerPass());
        report.put("measurements", result.measurements());
        return report;
    }
}
