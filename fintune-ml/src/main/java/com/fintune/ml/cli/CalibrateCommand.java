package com.fintune.ml.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fintune.ml.data.LabeledApplication;
import com.fintune.ml.data.generator.GeneratorOptions;
import com.fintune.ml.data.generator.SyntheticLender;
import com.fintune.ml.model.checkpoint.Checkpoint;
import com.fintune.ml.model.checkpoint.CheckpointException;
import com.fintune.ml.model.checkpoint.TensorDType;
import com.fintune.ml.taxonomy.ReasonCategory;
import com.fintune.ml.train.ModelEvaluation;
import com.fintune.ml.train.ThresholdCalibration;
import com.fintune.ml.train.TrainingConfigJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.nd4j.linalg.api.ndarray.INDArray;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code fintune calibrate}: fits each reason's decision offset on a fresh validation set of the synthetic lender
 * ({@link ThresholdCalibration}) and adds it to the reasons head's output bias, in place; the fit is recorded in
 * the model directory as {@value #FILE}. The seed must differ from every training seed recorded beside the model,
 * and must never be a test seed: calibration is model selection.
 */
@Command(name = "calibrate", mixinStandardHelpOptions = true,
        description = {"Fits each reason's decision cut on fresh generated validation applications.",
            "The offsets are written into the model's reasons-head bias (in place) and recorded in",
            "calibration.json."})
final class CalibrateCommand implements Runnable {

    static final String FILE = "calibration.json";

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--model", required = true, paramLabel = "DIR", description = "checkpoint directory (changed in place)")
    private Path modelDir;

    @Option(names = "--generate", defaultValue = "6000", paramLabel = "N",
            description = "validation applications to generate (default: ${DEFAULT-VALUE})")
    private int generate;

    @Option(names = "--generator-seed", required = true, paramLabel = "S",
            description = "seed of the validation set: not a training seed, never a test seed")
    private long seed;

    @Override
    public void run() {
        if (generate < 100) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--generate must be at least 100, was " + generate);
        }
        try {
            if (!Files.isDirectory(modelDir)) {
                throw CliFailure.badFile("--model " + modelDir + " is not a directory");
            }
            requireNotATrainingSeed();
            Checkpoint checkpoint = Checkpoint.load(modelDir);
            List<LabeledApplication> apps = new SyntheticLender(GeneratorOptions.withSeed(seed)).generate(generate);
            double[][] p = new ModelEvaluation(0.5, System.err).scores(checkpoint, apps,
                    checkpoint.config().maxSequenceLength()).probabilities();
            boolean[][] truth = new boolean[apps.size()][ReasonCategory.values().length];
            for (int i = 0; i < apps.size(); i++) {
                for (ReasonCategory r : apps.get(i).reasons()) {
                    truth[i][r.index()] = true;
                }
            }
            List<ThresholdCalibration.Fit> fits = ThresholdCalibration.fit(p, truth);
            INDArray bias = checkpoint.weights().get("reasons_head.out_proj.bias");
            for (int c = 0; c < fits.size(); c++) {
                bias.putScalar(c, bias.getDouble(c) + fits.get(c).offset());
            }
            checkpoint.save(modelDir, TensorDType.F32);
            Files.writeString(modelDir.resolve(FILE), record(fits) + "\n");
            print(fits);
        } catch (IOException | CheckpointException e) {
            throw CliFailure.badFile(e.getMessage());
        }
    }

    private void requireNotATrainingSeed() throws IOException {
        try (DirectoryStream<Path> configs = Files.newDirectoryStream(modelDir, "training-config*.json")) {
            for (Path c : configs) {
                if (TrainingConfigJson.read(c).generatorSeed() == seed) {
                    throw CliFailure.badFile("--generator-seed " + seed + " generated this model's training data ("
                            + c.getFileName() + "); calibrate on a fresh validation seed");
                }
            }
        }
    }

    private String record(List<ThresholdCalibration.Fit> fits) throws IOException {
        ObjectMapper json = new ObjectMapper();
        ObjectNode root = json.createObjectNode();
        root.put("validationSet", "synthetic lender, seed " + seed + ", " + generate + " applications");
        root.put("rule", "offset added to each reason's logit: the middle of the offsets in [-2, 2] (step 0.05) that"
                + " maximise F1 at probability 0.5; 0 with fewer than " + ThresholdCalibration.MIN_POSITIVES
                + " positives");
        ArrayNode reasons = root.putArray("reasons");
        for (ReasonCategory r : ReasonCategory.values()) {
            ThresholdCalibration.Fit f = fits.get(r.index());
            reasons.addObject().put("category", r.name()).put("positives", f.positives()).put("offset", f.offset())
                    .put("f1Before", f.f1Before()).put("f1After", f.f1After());
        }
        return json.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    }

    private void print(List<ThresholdCalibration.Fit> fits) {
        PrintWriter o = spec.commandLine().getOut();
        o.printf(Locale.ROOT, "%-20s %9s %7s %9s %8s%n", "category", "positives", "offset", "F1 before", "F1 after");
        double before = 0;
        double after = 0;
        for (ReasonCategory r : ReasonCategory.values()) {
            ThresholdCalibration.Fit f = fits.get(r.index());
            o.printf(Locale.ROOT, "%-20s %9d %+7.2f %9.4f %8.4f%n", r.name(), f.positives(), f.offset(), f.f1Before(),
                    f.f1After());
            before += f.f1Before() / fits.size();
            after += f.f1After() / fits.size();
        }
        o.printf(Locale.ROOT, "validation macro-F1 %.4f -> %.4f; offsets written to %s%n", before, after,
                modelDir.resolve(Checkpoint.WEIGHTS_FILE));
        o.flush();
    }
}
