package com.fintune.ml.cli;

import com.fintune.ml.data.generator.GeneratedCase;
import com.fintune.ml.data.generator.GeneratorOptions;
import com.fintune.ml.data.generator.NoiseCeiling;
import com.fintune.ml.data.generator.SyntheticLender;
import com.fintune.ml.taxonomy.ReasonCategory;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code fintune noise-ceiling}: the best macro-F1 achievable on the generator's noisy labels (the noise-free
 * policy graded against them), with each category's share of applications.
 */
@Command(name = "noise-ceiling", mixinStandardHelpOptions = true,
        description = "Prints per-category support and F1 of the noise-free policy against the noisy labels.")
final class NoiseCeilingCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--count", defaultValue = "20000", paramLabel = "N", description = "applications (default: 20000)")
    private int count;

    @Option(names = "--seed", defaultValue = "42", paramLabel = "S", description = "random seed (default: 42)")
    private long seed;

    @Option(names = "--noise", defaultValue = "0.005", paramLabel = "R", description = "label noise rate (default: 0.005)")
    private double noise;

    @Override
    public void run() {
        if (count < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--count must be at least 1, was " + count);
        }
        GeneratorOptions options;
        try {
            options = new GeneratorOptions(seed, noise, null);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        List<GeneratedCase> cases = new SyntheticLender(options).generateCases(count);
        NoiseCeiling c = NoiseCeiling.of(cases);
        PrintWriter o = spec.commandLine().getOut();
        o.printf(Locale.ROOT, "applications %d, seed %d, noise %.3f, noisy applications %d%n", count, seed, noise,
                c.noisyApplications());
        o.printf(Locale.ROOT, "%-20s %8s %8s%n", "category", "support", "F1");
        for (ReasonCategory r : ReasonCategory.values()) {
            o.printf(Locale.ROOT, "%-20s %7.1f%% %8.4f%n", r.name(), 100 * c.support()[r.index()],
                    c.perCategoryF1()[r.index()]);
        }
        o.printf(Locale.ROOT, "macro-F1 ceiling %.4f%n", c.macroF1());
        o.flush();
    }
}
