package com.fintune.ml.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fintune.ml.eval.EvaluationJson;
import com.fintune.ml.eval.robustness.RobustnessEvaluation;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code fintune robustness}: the built-in set on a model directory, Markdown out, JSON beside. */
class RobustnessCommandTest {

    @Test
    void runsTheBuiltInSetAndWritesItsFigures(@TempDir Path dir) throws Exception {
        Path fixtures = Path.of(System.getProperty("fintune.fixtures", "../shared/fixtures"));
        Path model = Files.createDirectories(dir.resolve("tiny"));
        for (String f : new String[]{"config.json", "model.safetensors"}) {
            Files.copy(fixtures.resolve("tiny-roberta").resolve(f), model.resolve(f));
        }
        Files.copy(fixtures.resolve("roberta-base-tokenizer/tokenizer.json"), model.resolve("tokenizer.json"));
        Path json = dir.resolve("out/robustness.json");
        CliRun run = CliRun.of("", "robustness", "--model", model.toString(), "--json", json.toString());
        assertEquals(0, run.exitCode(), run.err());
        RobustnessEvaluation r = EvaluationJson.mapper().readValue(json.toFile(), RobustnessEvaluation.class);
        assertTrue(r.cases() >= 70);
        assertTrue(run.out().startsWith("## Robustness (hand-written notes)"), run.out());
        assertTrue(run.out().contains(r.passed() + " of " + r.cases() + " cases pass"), run.out());
        assertTrue(run.err().contains("robustness: " + r.passed() + " of " + r.cases() + " pass"), run.err());
    }

    @Test
    void aMissingModelIsOneErrorLine() {
        CliRun run = CliRun.of("", "robustness", "--model", "no/such/model");
        assertTrue(run.exitCode() != 0);
        assertTrue(run.oneErrorLine() && run.err().contains("no/such/model"), run.err());
    }
}
