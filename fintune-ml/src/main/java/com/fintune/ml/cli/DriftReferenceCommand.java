package com.fintune.ml.cli;

import com.fintune.ml.data.ApplicationFileException;
import com.fintune.ml.data.ApplicationFiles;
import com.fintune.ml.data.LabeledApplication;
import com.fintune.ml.data.generator.GeneratorOptions;
import com.fintune.ml.data.generator.SyntheticLender;
import com.fintune.ml.eval.drift.DriftReference;
import com.fintune.ml.eval.drift.DriftReferenceJson;
import com.fintune.ml.features.ApplicationFeatures;
import com.fintune.ml.features.FeaturePipeline;
import com.fintune.ml.serving.ModelScores;
import com.fintune.ml.serving.ScoringModel;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code fintune drift-reference}: the drift reference of a model (bins and proportions of every feature, of its
 * own risk score and reason probabilities on the data, and the notes' vocabulary), from its training data or data
 * of the same source, written as {@code drift-reference.json}.
 */
@Command(name = "drift-reference", mixinStandardHelpOptions = true,
        description = {"Computes the drift reference of a model from its training data (or data of the same",
            "source): per-feature bins and proportions, the model's own scores on it, the notes' vocabulary."})
final class DriftReferenceCommand implements Runnable {

    private static final int BATCH = 32;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    private ServingModelOptions served;

    @Option(names = "--data", paramLabel = "FILE", description = "applications (JSONL or CSV, as generate writes)")
    private Path data;

    @Option(names = "--generate", paramLabel = "N", description = "generate N applications instead of --data")
    private Integer generate;

    @Option(names = "--generator-seed", defaultValue = "1", paramLabel = "S",
            description = "seed of --generate (default: ${DEFAULT-VALUE})")
    private long seed;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "where to write the reference")
    private Path out;

    @Override
    public void run() {
        if ((data == null) == (generate == null)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give exactly one of --data or --generate");
        }
        if (generate != null && generate < 100) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--generate must be at least 100, was " + generate);
        }
        try {
            List<LabeledApplication> apps = data != null ? new ApplicationFiles().read(data)
                    : new SyntheticLender(GeneratorOptions.withSeed(seed)).generate(generate);
            String source = data != null ? data.getFileName() + ", " + apps.size() + " applications"
                    : "synthetic lender, seed " + seed + ", " + generate + " applications";
            if (apps.isEmpty()) {
                throw CliFailure.badFile(data + " holds no applications");
            }
            DriftReference reference;
            try (ScoringModel model = served.load()) {
                reference = reference(model, apps, source);
            }
            DriftReferenceJson.write(reference, out);
            PrintWriter o = spec.commandLine().getOut();
            o.printf(Locale.ROOT, "drift reference of %s: %d applications, %d columns, %d note words, expected "
                    + "out-of-vocabulary rate %.4f; written to %s%n", reference.modelVersion(),
                    reference.applications(), reference.columns().size(), reference.vocabulary().size(),
                    reference.outOfVocabularyRate(), out);
            o.flush();
        } catch (IOException | ApplicationFileException e) {
            throw CliFailure.badFile(e.getMessage());
        }
    }

    private static DriftReference reference(ScoringModel model, List<LabeledApplication> apps, String source) {
        FeaturePipeline pipeline = new FeaturePipeline();
        List<ApplicationFeatures> features = new ArrayList<>(apps.size());
        for (LabeledApplication a : apps) {
            features.add(pipeline.extract(a.application()));
        }
        List<ModelScores> scores = new ArrayList<>(apps.size());
        long t0 = System.nanoTime();
        for (int start = 0; start < features.size(); start += BATCH) {
            scores.addAll(model.score(features.subList(start, Math.min(features.size(), start + BATCH))));
            if (scores.size() % (BATCH * 20) == 0 || scores.size() == features.size()) {
                System.err.printf(Locale.ROOT, "drift-reference: %d/%d scored, %.0f s%n", scores.size(),
                        features.size(), (System.nanoTime() - t0) / 1e9);
            }
        }
        return DriftReference.build(features, scores, model.version(), source);
    }
}
