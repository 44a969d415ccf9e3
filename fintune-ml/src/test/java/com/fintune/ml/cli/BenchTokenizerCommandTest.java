package com.fintune.ml.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark command runs end to end on a small workload; its figures are not judged here, only produced. */
class BenchTokenizerCommandTest {

    private static final String TOKENIZER =
            Path.of(System.getProperty("fintune.fixtures"), "roberta-base-tokenizer", "tokenizer.json").toString();

    @Test
    void printsTokensPerSecondAndWritesJson(@TempDir Path dir) throws IOException {
        CliRun run = CliRun.of("", "bench-tokenizer", "--tokenizer", TOKENIZER, "--texts", "200", "--passes", "1",
                "--threads", "2", "--output", dir.toString());
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        assertTrue(run.out().contains("warm cache, 1 thread") && run.out().contains("tokens/s"), run.out());
        JsonNode report = new ObjectMapper().readTree(dir.resolve("tokenizer-throughput.json").toFile());
        assertEquals(200, report.get("texts").asInt());
        assertEquals(5, report.get("measurements").size());
        for (JsonNode m : report.get("measurements")) {
            assertTrue(m.get("medianTokensPerSecond").asDouble() > 0, m.toString());
            assertEquals(report.get("tokensPerPass").asLong(), m.get("tokensPerPass").asLong());
        }
    }

    @Test
    void badArgumentsAreUsageErrors(@TempDir Path dir) {
        CliRun zero = CliRun.of("", "bench-tokenizer", "--tokenizer", TOKENIZER, "--texts", "0");
        assertEquals(ExitCode.USAGE, zero.exitCode());
        assertTrue(zero.oneErrorLine(), zero.err());
        CliRun missing = CliRun.of("", "bench-tokenizer", "--tokenizer", dir.resolve("none.json").toString());
        assertEquals(ExitCode.BAD_FILE, missing.exitCode());
        assertTrue(missing.oneErrorLine(), missing.err());
    }
}
