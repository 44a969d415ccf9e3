package com.fintune.audit.anchor;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Signing checkpoints and reading the checkpoint file back, against each way of tampering with the file. */
class CheckpointLogTest {

    static final String SECRET = "test-anchor-key-0123456789abcdef-0123456789";
    static final AnchorKey KEY = AnchorKey.of(SECRET);
    static final Instant T = Instant.parse("2026-11-25T11:00:00.123Z");

    @TempDir
    Path dir;

    private CheckpointLog withLines(int n) {
        CheckpointLog log = new CheckpointLog(dir, KEY);
        for (int i = 1; i <= n; i++) {
            log.append(10L * i, String.valueOf((char) ('a' + i)).repeat(64), T.plusSeconds(300L * i));
        }
        return log;
    }

    private List<String> lines() throws Exception {
        return new ArrayList<>(Files.readAllLines(dir.resolve(CheckpointLog.FILE_NAME)));
    }

    private void write(List<String> lines) throws Exception {
        Files.writeString(dir.resolve(CheckpointLog.FILE_NAME), String.join("\n", lines) + "\n");
    }

    private static void assertProblem(CheckpointLogState state, String part) {
        assertNotNull(state.problem(), "a problem was expected: " + state);
        assertTrue(state.problem().contains(part), state.problem());
    }

    @Test
    void theSignatureIsWhatOpensslComputes() {
        // printf 'fintune-audit-anchor-key-id' | openssl dgst -sha256 -hmac "$KEY" (first 16 hex)
        assertEquals("14fdb65daf2c3470", KEY.id());
        // printf 'fintune-audit-checkpoint-v1|42|aaa…|2026-11-25T11:00:00.123Z|000…' | openssl dgst -sha256 -hmac "$KEY"
        Checkpoint c = KEY.sign(42, "a".repeat(64), T, Checkpoint.FIRST_PREVIOUS);
        assertEquals("ca11a3213c7f7e6ff10ded63ba384306f64266a44a29d7cad0722ad5dc151990", c.mac());
        assertEquals(c, Checkpoint.parse(c.toJsonLine()));
        assertTrue(KEY.signed(Checkpoint.parse(c.toJsonLine())));
        assertFalse(AnchorKey.of(SECRET + "x").signed(c));
    }

    @Test
    void aKeyMustBeLongEnough() {
        assertThrows(IllegalArgumentException.class, () -> AnchorKey.of("too-short"));
        assertThrows(IllegalArgumentException.class, () -> AnchorKey.of(null));
    }

    @Test
    void appendedCheckpointsChainAndReadBack() throws Exception {
        CheckpointLog log = withLines(3);
        CheckpointLogState state = new CheckpointLog(dir, KEY).read(true);
        assertNull(state.problem());
        assertEquals(3, state.lines());
        assertEquals(30, state.latest().sequence());
        List<String> lines = lines();
        assertEquals(Checkpoint.FIRST_PREVIOUS, Checkpoint.parse(lines.get(0)).previousMac());
        assertEquals(Checkpoint.parse(lines.get(1)).mac(), Checkpoint.parse(lines.get(2)).previousMac());
        assertNull(log.read(false).problem());
        assertNull(new CheckpointLog(dir.resolve("none"), KEY).read(false).latest(), "no file, no checkpoint");
    }

    @Test
    void aRoutineReadPicksUpLinesAppendedSince() {
        CheckpointLog reader = withLines(2);
        CheckpointLog writer = new CheckpointLog(dir, KEY);
        writer.append(50, "f".repeat(64), T.plusSeconds(3000));
        writer.append(60, "f".repeat(64), T.plusSeconds(3300));
        CheckpointLogState state = reader.read(false);
        assertNull(state.problem(), state.problem());
        assertEquals(4, state.lines());
        assertEquals(60, state.latest().sequence());
        assertEquals(60, reader.append(70, "e".repeat(64), T.plusSeconds(3600)).sequence() - 10);
        assertEquals(5, new CheckpointLog(dir, KEY).read(true).lines());
    }

    @Test
    void aTamperedLineIsFound() throws Exception {
        withLines(3);
        List<String> lines = lines();
        lines.set(1, lines.get(1).replace("\"sequence\":20", "\"sequence\":25"));
        write(lines);
        CheckpointLogState state = new CheckpointLog(dir, KEY).read(true);
        assertProblem(state, "line 2");
        assertProblem(state, "signature does not match");
        assertEquals(10, state.latest().sequence(), "the last good checkpoint before it");
    }

    @Test
    void aLineSignedWithAnotherKeyIsFound() throws Exception {
        withLines(2);
        CheckpointLogState state = new CheckpointLog(dir, AnchorKey.of(SECRET + "-rotated")).read(true);
        assertProblem(state, "not the configured key");
        assertNull(state.latest());
    }

    @Test
    void aRemovedMiddleLineIsFound() throws Exception {
        withLines(3);
        List<String> lines = lines();
        lines.remove(1);
        write(lines);
        assertProblem(new CheckpointLog(dir, KEY).read(true), "does not follow");
    }

    @Test
    void aRemovedLastLineIsFoundByTheReaderThatSawIt() throws Exception {
        CheckpointLog log = withLines(3);
        List<String> lines = lines();
        lines.remove(2);
        write(lines);
        assertProblem(log.read(false), "shorter");
        assertProblem(log.read(true), "shorter");
        assertThrows(IllegalStateException.class, () -> log.append(40, "e".repeat(64), T), "no append after it");
    }

    @Test
    void aReplacedLastLineIsFound() throws Exception {
        CheckpointLog log = withLines(2);
        List<String> lines = lines();
        String last = lines.get(1);
        int at = last.indexOf("\"mac\":\"") + 7;
        lines.set(1, last.substring(0, at) + (last.charAt(at) == '0' ? '1' : '0') + last.substring(at + 1));
        write(lines);
        assertProblem(log.read(false), "changed since it was read");
        assertProblem(log.read(true), "signature does not match");
    }

    @Test
    void aDeletedFileIsFoundByTheReaderThatSawIt() throws Exception {
        CheckpointLog log = withLines(1);
        Files.delete(dir.resolve(CheckpointLog.FILE_NAME));
        assertProblem(log.read(false), "disappeared");
    }

    @Test
    void anIncompleteOrForeignLineIsFound() throws Exception {
        withLines(1);
        Files.writeString(dir.resolve(CheckpointLog.FILE_NAME), "{\"format\":", StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);
        assertProblem(new CheckpointLog(dir, KEY).read(true), "incomplete");
        write(List.of("hello"));
        assertProblem(new CheckpointLog(dir, KEY).read(true), "unreadable");
    }

    @Test
    void aForgedCheckpointForARewrittenChainIsFound() throws Exception {
        withLines(2);
        Checkpoint real = Checkpoint.parse(lines().get(1));
        // the attacker writes the hash of his rewritten chain but cannot sign it
        Checkpoint forged = new Checkpoint(real.sequence(), "9".repeat(64), real.createdAt(), real.previousMac(),
                real.keyId(), real.mac());
        List<String> lines = lines();
        lines.set(1, forged.toJsonLine());
        write(lines);
        assertProblem(new CheckpointLog(dir, KEY).read(true), "signature does not match");
    }
}
