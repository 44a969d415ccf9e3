package com.fintune.ml.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fintune.ml.eval.LabeledEvaluation;
import com.fintune.ml.model.checkpoint.BaseModel;
import com.fintune.ml.model.checkpoint.BaseModelImport;
import com.fintune.ml.model.checkpoint.Checkpoint;
import com.fintune.ml.model.checkpoint.LoadOptions;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An import-base directory (all-MiniLM-L6-v2 by reference) as initCheckpoint: heads initialised, tuned, exported. */
class MiniLmTrainingTest {

    @Test
    void fineTunesFromTheReferencedBase(@TempDir Path dir) throws Exception {
        Path base = dir.resolve("minilm");
        BaseModelImport.allMiniLmL6V2(base, LabeledEvaluation.categoryNames());
        TrainingConfig d = TrainingConfig.defaults();
        TrainingConfig config = new TrainingConfig(null, 9, 100, 0.2, base.toString(), null, d.shape(), 32,
                d.pretrain(), new FineTuneSettings(1, 40, 1e-4, 0.01, 0.1, 1.0, 0.1, 1.0, 2.0, 2, 0.5, 2, 100),
                5, "F32", false);
        Path model = dir.resolve("model");
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        TrainingState state = new TrainingRun(config, Path.of("."), new PrintStream(log)).run(model, dir.resolve("w"));
        assertEquals(1, state.history().size(), log.toString());

        assertTrue(Files.isRegularFile(model.resolve(BaseModel.FILE)), "the trained model references its base");
        Checkpoint after = Checkpoint.load(model);
        assertEquals(BaseModel.ALL_MINILM_L6_V2, after.base());
        assertTrue(after.config().isBert());
        Checkpoint before = Checkpoint.load(base, LoadOptions.encoderOnly(1));
        String query = "encoder.layer.0.attention.self.query.weight";
        assertNotEquals(before.weights().get(query), after.weights().get(query), "the encoder itself was tuned");
    }
}
