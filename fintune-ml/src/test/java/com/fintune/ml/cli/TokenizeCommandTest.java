package com.fintune.ml.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokenizeCommandTest {

    private static final String TOKENIZER =
            Path.of(System.getProperty("fintune.fixtures"), "roberta-base-tokenizer", "tokenizer.json").toString();

    @Test
    void writesOneIdsLinePerTextLine() {
        CliRun run = CliRun.of("{\"text\": \"Hello world\"}\n\n{\"text\": \"\", \"id\": 7}\n{\"text\": \"cécé\"}\n",
                "tokenize", "--tokenizer", TOKENIZER);
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        assertEquals("{\"ids\":[31414,232]}\n{\"ids\":[]}\n{\"ids\":[12695,12695]}\n", run.out());
        assertEquals("", run.err());
    }

    @Test
    void specialAndMaxLength() {
        CliRun run = CliRun.of("{\"text\": \"Hello world! cécé herlolip\"}\n",
                "tokenize", "--tokenizer", TOKENIZER, "--special", "--max-length", "4");
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        assertEquals("{\"ids\":[0,31414,232,2]}\n", run.out());
    }

    @Test
    void acceptsAModelDirectory() {
        CliRun run = CliRun.of("{\"text\": \"Hello world\"}", "tokenize", "--special",
                "--tokenizer", Path.of(TOKENIZER).getParent().toString());
        assertEquals("{\"ids\":[0,31414,232,2]}\n", run.out());
    }

    @Test
    void invalidJsonNamesTheLine() {
        CliRun run = CliRun.of("{\"text\": \"ok\"}\n{\"text\": oops}\n{\"text\": \"never read\"}\n",
                "tokenize", "--tokenizer", TOKENIZER);
        assertEquals(ExitCode.BAD_INPUT, run.exitCode());
        assertTrue(run.oneErrorLine(), run.err());
        assertTrue(run.err().startsWith("tokenize: line 2: not valid JSON"), run.err());
        assertEquals("{\"ids\":[1638]}\n", run.out(), "lines before the bad one are complete; none after it");
    }

    @Test
    void missingOrNonStringTextNamesFieldAndLine() {
        CliRun missing = CliRun.of("{\"txt\": \"Hello\"}\n", "tokenize", "--tokenizer", TOKENIZER);
        assertEquals(ExitCode.BAD_INPUT, missing.exitCode());
        assertEquals("tokenize: line 1: missing field \"text\"", missing.err().strip());

        CliRun number = CliRun.of("\n{\"text\": 42}\n", "tokenize", "--tokenizer", TOKENIZER);
        assertEquals(ExitCode.BAD_INPUT, number.exitCode());
        assertEquals("tokenize: line 2: field \"text\" must be a string, was number", number.err().strip());

        CliRun array = CliRun.of("[1, 2]\n", "tokenize", "--tokenizer", TOKENIZER);
        assertEquals("tokenize: line 1: expected a JSON object, got array", array.err().strip());
    }

    @Test
    void missingTokenizerFileIsAFileError(@TempDir Path dir) {
        CliRun run = CliRun.of("{\"text\": \"Hello\"}\n", "tokenize", "--tokenizer", dir.resolve("nope.json").toString());
        assertEquals(ExitCode.BAD_FILE, run.exitCode());
        assertTrue(run.oneErrorLine(), run.err());
        assertTrue(run.err().contains("tokenizer file not found") && run.err().contains("nope.json"), run.err());
        assertEquals("", run.out());
    }

    @Test
    void unusableTokenizerFileIsAFileError(@TempDir Path dir) throws IOException {
        // WordPiece is read since BERT-family models came in; a Unigram model is still refused, and so is a
        // WordPiece file without its vocabulary
        Path broken = Files.writeString(dir.resolve("tokenizer.json"), "{\"model\": {\"type\": \"Unigram\"}}");
        CliRun run = CliRun.of("", "tokenize", "--tokenizer", broken.toString());
        assertEquals(ExitCode.BAD_FILE, run.exitCode());
        assertTrue(run.oneErrorLine(), run.err());
        assertTrue(run.err().contains("model.type \"Unigram\" is not supported"), run.err());
        Files.writeString(broken, "{\"model\": {\"type\": \"WordPiece\"}}");
        CliRun noVocab = CliRun.of("", "tokenize", "--tokenizer", broken.toString());
        assertEquals(ExitCode.BAD_FILE, noVocab.exitCode());
        assertTrue(noVocab.err().contains("model.vocab is missing"), noVocab.err());
    }

    @Test
    void usageErrorsAreOneLineWithExitCode2() {
        CliRun noTokenizer = CliRun.of("", "tokenize");
        assertEquals(ExitCode.USAGE, noTokenizer.exitCode());
        assertTrue(noTokenizer.oneErrorLine(), noTokenizer.err());
        assertTrue(noTokenizer.err().contains("--tokenizer"), noTokenizer.err());

        CliRun badLength = CliRun.of("", "tokenize", "--tokenizer", TOKENIZER, "--special", "--max-length", "1");
        assertEquals(ExitCode.USAGE, badLength.exitCode());
        assertTrue(badLength.oneErrorLine(), badLength.err());

        CliRun unknown = CliRun.of("", "no-such-command");
        assertEquals(ExitCode.USAGE, unknown.exitCode());
        assertTrue(unknown.oneErrorLine(), unknown.err());

        CliRun none = CliRun.of("");
        assertEquals(ExitCode.USAGE, none.exitCode());
        assertTrue(none.oneErrorLine(), none.err());
    }

    @Test
    void helpListsTheSubcommands() {
        CliRun help = CliRun.of("", "--help");
        assertEquals(ExitCode.OK, help.exitCode());
        assertTrue(help.out().contains("tokenize") && help.out().contains("bench-tokenizer"), help.out());
    }

    @Test
    void verboseIsAcceptedBeforeAndAfterTheSubcommandAndChangesNoAnswer() {
        String in = "{\"text\": \"Hello world\"}\n";
        CliRun plain = CliRun.of(in, "tokenize", "--tokenizer", TOKENIZER);
        CliRun before = CliRun.of(in, "--verbose", "tokenize", "--tokenizer", TOKENIZER);
        CliRun after = CliRun.of(in, "tokenize", "--tokenizer", TOKENIZER, "--verbose");
        assertEquals(ExitCode.OK, before.exitCode(), before.err());
        assertEquals(ExitCode.OK, after.exitCode(), after.err());
        assertEquals(plain.out(), before.out());
        assertEquals(plain.out(), after.out());
    }
}
