package com.fintune.ml.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fintune.ml.model.TinyRoberta;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The encoder and memory benchmarks run end to end on the tiny model and write their JSON (figures not judged). */
class BenchCommandTest {

    @Test
    void encoderBenchmarkWritesLatencyThroughputFloorAndProfile(@TempDir Path out) throws Exception {
        CliRun run = CliRun.of("", "bench", "--models", "tiny", "--tiny", TinyRoberta.dir().toString(), "--runs", "5",
                "--batch-runs", "1", "--threads", "1", "--output", out.toString());
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        assertTrue(run.out().contains("batch 1, seq 128"), run.out());
        JsonNode tiny = new ObjectMapper().readTree(out.resolve("encoder-benchmark.json").toFile()).get("models").get(0);
        assertEquals("tiny", tiny.get("model").asText());
        assertEquals(2, tiny.get("latency").size(), "64 and 128; 256 exceeds the tiny position table");
        assertEquals(3, tiny.get("throughput").size());
        assertTrue(tiny.get("gemm").get("floorGflops").asDouble() > 0);
        assertTrue(tiny.get("latency").get(0).get("millis").get("p95").asDouble()
                >= tiny.get("latency").get(0).get("millis").get("p50").asDouble());
        assertTrue(tiny.get("profile").get("millisPerPass").has("matmul"));
    }

    @Test
    void memoryCheckReportsFootprintAndSamples(@TempDir Path out) throws Exception {
        CliRun run = CliRun.of("", "bench-memory", "--model", TinyRoberta.dir().toString(), "--tokenizer",
                Path.of(System.getProperty("fintune.fixtures"), "roberta-base-tokenizer", "tokenizer.json").toString(),
                "--predictions", "40", "--every", "20", "--output", out.toString());
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        JsonNode r = new ObjectMapper().readTree(out.resolve("predictor-memory-tiny-roberta.json").toFile())
                .get("result");
        assertEquals(2, r.get("samples").size());
        assertEquals(40, r.get("predictions").asInt());
        assertTrue(r.get("rssAfterLoadMb").asDouble() > 0);
    }

    @Test
    void unknownModelIsAUsageError() {
        CliRun run = CliRun.of("", "bench", "--models", "gpt2");
        assertEquals(ExitCode.USAGE, run.exitCode());
        assertTrue(run.oneErrorLine(), run.err());
    }
}
