package com.fintune.ml.cli;

import com.fintune.ml.model.checkpoint.Checkpoint;
import com.fintune.ml.model.checkpoint.CheckpointException;

import java.nio.file.Path;

/** Loads the model directory named by {@code --model}; any problem becomes one bad-file line. */
final class ModelFiles {
    private ModelFiles() {
    }

    static Checkpoint load(Path dir) {
        try {
            return Checkpoint.load(dir);
        } catch (CheckpointException e) {
            throw CliFailure.badFile(e.getMessage().replaceAll("\\s+", " ").trim());
        }
    }
}
