package com.fintune.ml.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The refusals of {@code fintune calibrate}; the fit itself is ThresholdCalibrationTest's. */
class CalibrateCommandTest {

    @Test
    void refusesASeedThatGeneratedTheModelsTrainingData(@TempDir Path model) throws Exception {
        Files.writeString(model.resolve("training-config.stage1.json"), "{\"generatorSeed\": 21}");
        Files.writeString(model.resolve("training-config.json"), "{\"generatorSeed\": 22}");
        for (String seed : new String[] {"21", "22"}) {
            CliRun run = CliRun.of("", "calibrate", "--model", model.toString(), "--generator-seed", seed);
            assertEquals(ExitCode.BAD_FILE, run.exitCode(), run.err());
            assertTrue(run.oneErrorLine(), run.err());
            assertTrue(run.err().contains("--generator-seed " + seed) && run.err().contains("training data"), run.err());
        }
        assertFalse(Files.exists(model.resolve(CalibrateCommand.FILE)), "nothing written");
    }

    @Test
    void aMissingModelDirectoryIsABadFile() {
        CliRun run = CliRun.of("", "calibrate", "--model", "no/such/model", "--generator-seed", "23");
        assertEquals(ExitCode.BAD_FILE, run.exitCode());
        assertTrue(run.oneErrorLine(), run.err());
    }

    @Test
    void tooFewApplicationsIsAUsageError(@TempDir Path model) {
        CliRun run = CliRun.of("", "calibrate", "--model", model.toString(), "--generator-seed", "23",
                "--generate", "50");
        assertEquals(ExitCode.USAGE, run.exitCode());
        assertTrue(run.err().contains("--generate"), run.err());
    }
}
