package com.fintune.ml.cli;

import com.fintune.ml.eval.robustness.RobustnessEvaluation;
import com.fintune.ml.explain.DecisionPolicy;
import com.fintune.ml.model.checkpoint.Checkpoint;
import com.fintune.ml.robustness.RobustnessHarness;
import com.fintune.ml.robustness.RobustnessSet;
import com.fintune.ml.serving.EncoderScoringModel;

import java.io.IOException;
import java.nio.file.Path;

/** The robustness set run on a model directory, shared by {@code evaluate} and {@code robustness}. */
final class RobustnessRun {
    private RobustnessRun() {
    }

    /**
     * @param modelDir the model, served as the server serves it, texts up to its longest input
     * @param setFile  a robustness set file, or null for the built-in set
     */
    static RobustnessEvaluation run(Path modelDir, Checkpoint checkpoint, Path setFile) throws IOException {
        RobustnessSet set = setFile == null ? RobustnessSet.builtIn() : RobustnessSet.read(setFile);
        String name = modelDir.toAbsolutePath().normalize().getFileName().toString();
        try (EncoderScoringModel model = EncoderScoringModel.load(name, modelDir, null,
                checkpoint.config().maxSequenceLength())) {
            return new RobustnessHarness(DecisionPolicy.defaults()).run(model, set);
        }
    }
}
