package com.fintune.ml.cli;

import com.fintune.ml.data.ApplicationFiles;
import com.fintune.ml.data.Decision;
import com.fintune.ml.data.LabeledApplication;
import com.fintune.ml.data.generator.Disparity;
import com.fintune.ml.data.generator.GeneratedCase;
import com.fintune.ml.data.generator.GeneratorOptions;
import com.fintune.ml.data.generator.NoiseCeiling;
import com.fintune.ml.data.generator.SyntheticLender;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code fintune generate}: the synthetic lender's applications to a CSV or JSON Lines file. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Generates labelled synthetic mortgage applications (deterministic for a seed).",
            "Writes the whole file or nothing; prints counts and the noise ceiling."})
final class GenerateCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--count", required = true, paramLabel = "N", description = "applications to generate")
    private int count;

    @Option(names = "--seed", defaultValue = "42", paramLabel = "S", description = "random seed (default: 42)")
    private long seed;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "output file")
    private Path out;

    @Option(names = "--format", paramLabel = "csv|jsonl",
            description = "file format (default: from the file name, .csv is CSV, anything else JSON Lines)")
    private String format;

    @Option(names = "--noise", defaultValue = "0.005", paramLabel = "R",
            description = "share of applications whose labels get one reason added or removed (default: 0.005)")
    private double noise;

    @Option(names = "--disparity", paramLabel = "GROUP:RATE",
            description = "inject a known fair-lending disparity, e.g. BLACK:0.15 (default: none)")
    private String disparity;

    @Override
    public void run() {
        if (count < 1 || count > 10_000_000) {
            throw usage("--count must be between 1 and 10000000, was " + count);
        }
        ApplicationFiles.Format fmt = format(format, out);
        GeneratorOptions options;
        try {
            options = new GeneratorOptions(seed, noise, disparity == null ? null : Disparity.parse(disparity));
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
        List<GeneratedCase> cases = new SyntheticLender(options).generateCases(count);
        List<LabeledApplication> apps = cases.stream().map(GeneratedCase::labeled).toList();
        try {
            new ApplicationFiles().write(out, apps, fmt);
        } catch (IOException e) {
            throw CliFailure.badFile("cannot write " + out + ": " + e.getMessage());
        }
        long denied = apps.stream().filter(a -> a.decision().outcome() == Decision.Outcome.DENY).count();
        long referred = apps.stream().filter(a -> a.decision().outcome() == Decision.Outcome.REFER).count();
        PrintWriter o = spec.commandLine().getOut();
        o.printf(Locale.ROOT, "wrote %d applications to %s (%s, seed %d)%n", count, out, fmt.name().toLowerCase(Locale.ROOT), seed);
        o.printf(Locale.ROOT, "denied %.1f%%, referred %.1f%%, approved %.1f%%; noisy labels %d; macro-F1 ceiling %.4f%n",
                100.0 * denied / count, 100.0 * referred / count, 100.0 * (count - denied - referred) / count,
                NoiseCeiling.of(cases).noisyApplications(), NoiseCeiling.of(cases).macroF1());
        o.flush();
    }

    private ApplicationFiles.Format format(String name, Path file) {
        if (name == null) {
            return ApplicationFiles.formatOf(file);
        }
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "csv" -> ApplicationFiles.Format.CSV;
            case "jsonl", "json" -> ApplicationFiles.Format.JSONL;
            default -> throw usage("--format must be csv or jsonl, was " + name);
        };
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
