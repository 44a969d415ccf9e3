package com.fintune.audit.anchor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Arrays;

/**
 * The checkpoint file, {@code <dir>/checkpoints.jsonl}: one {@link Checkpoint} per line, only ever appended to
 * (each append is forced to disk). Reading checks every new line's signature, that it names the previous line's
 * signature and that sequences never go backwards. It remembers how far it has read, so a routine read only looks at
 * lines added since, and it notices when the file became shorter, lost its last line or disappeared. Thread-safe.
 */
public final class CheckpointLog {

    public static final String FILE_NAME = "checkpoints.jsonl";

    private final Path file;
    private final AnchorKey key;

    /** Bytes of the file read and found good, where the last good line starts, that line, and its checkpoint. */
    private long goodBytes;
    private long lastLineStart;
    private byte[] lastLine;
    private Checkpoint latest;
    private int lines;

    public CheckpointLog(Path directory, AnchorKey key) {
        this.file = directory.resolve(FILE_NAME);
        this.key = key;
    }

    public Path file() {
        return file;
    }

    /**
     * The latest good checkpoint and any problem with the file. {@code full} re-reads and re-checks every line;
     * otherwise only lines added since the last read are checked (plus that the last line read is unchanged).
     */
    public synchronized CheckpointLogState read(boolean full) {
        long size;
        try {
            size = Files.size(file);
        } catch (NoSuchFileException e) {
            if (goodBytes > 0) {
                return new CheckpointLogState(latest, lines, "the checkpoint file " + file + " has disappeared (it"
                        + " held " + lines + " checkpoint(s) when last read)");
            }
            return new CheckpointLogState(null, 0, null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the checkpoint file " + file, e);
        }
        if (size < goodBytes) {
            return new CheckpointLogState(latest, lines, "the checkpoint file " + file + " is shorter than when it was"
                    + " last read (" + size + " bytes, was " + goodBytes + "): checkpoints were removed");
        }
        if (full) {
            goodBytes = 0;
            lastLineStart = 0;
            lastLine = null;
            latest = null;
            lines = 0;
        }
        // read from the start of the last good line: it must be unchanged, then come the new lines
        long base = lastLineStart;
        byte[] content = readFrom(base, size);
        int known = (int) (goodBytes - base);
        if (content.length < known) {
            return new CheckpointLogState(latest, lines, "the checkpoint file " + file + " became shorter while it"
                    + " was read: checkpoints were removed");
        }
        if (lastLine != null && !Arrays.equals(content, 0, known, lastLine, 0, lastLine.length)) {
            return new CheckpointLogState(latest, lines, "checkpoint line " + lines + " of " + file
                    + " changed since it was read: the file was rewritten");
        }
        int start = known;
        for (int i = start; i < content.length; i++) {
            if (content[i] != '\n') {
                continue;
            }
            String text = new String(content, start, i - start, StandardCharsets.UTF_8);
            String problem = accept(text);
            if (problem != null) {
                return new CheckpointLogState(latest, lines, "checkpoint line " + (lines + 1) + " of " + file + ": "
                        + problem);
            }
            lastLineStart = base + start;
            lastLine = Arrays.copyOfRange(content, start, i + 1);
            goodBytes = base + i + 1;
            start = i + 1;
        }
        if (start < content.length) {
            return new CheckpointLogState(latest, lines, "checkpoint line " + (lines + 1) + " of " + file
                    + " is incomplete (no end of line): the file was cut or a write was interrupted");
        }
        return new CheckpointLogState(latest, lines, null);
    }

    /** The file's bytes from {@code position} up to {@code size} (what it held when its size was taken). */
    private byte[] readFrom(long position, long size) {
        long length = size - position;
        if (length > Integer.MAX_VALUE - 8) {
            throw new IllegalStateException("the checkpoint file " + file + " is too large to read at once: start a"
                    + " new one (docs/operations.md, \"Audit anchor\")");
        }
        ByteBuffer buffer = ByteBuffer.allocate((int) length);
        try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ)) {
            in.position(position);
            while (buffer.hasRemaining() && in.read(buffer) >= 0) {
                // keep reading: a channel may return fewer bytes than asked
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the checkpoint file " + file, e);
        }
        return Arrays.copyOf(buffer.array(), buffer.position());
    }

    private String accept(String text) {
        Checkpoint c;
        try {
            c = Checkpoint.parse(text);
        } catch (IllegalArgumentException e) {
            return "unreadable (" + e.getMessage() + ")";
        }
        if (!key.id().equals(c.keyId())) {
            return "signed by key " + c.keyId() + ", not the configured key " + key.id()
                    + " (after changing the key, start a new checkpoint file: docs/operations.md)";
        }
        if (!key.signed(c)) {
            return "its signature does not match its content: the line was altered or forged";
        }
        String expectedPrevious = latest == null ? Checkpoint.FIRST_PREVIOUS : latest.mac();
        if (!expectedPrevious.equals(c.previousMac())) {
            return "it does not follow the line before it: a checkpoint was removed, inserted or reordered";
        }
        if (latest != null && c.sequence() < latest.sequence()) {
            return "sequence " + c.sequence() + " after " + latest.sequence() + ": the chain went backwards";
        }
        latest = c;
        lines++;
        return null;
    }

    /**
     * Signs and appends a checkpoint for entry {@code sequence} with hash {@code entryHash}, after the file's latest
     * good line; refuses (IllegalStateException) when the file has a problem.
     */
    public synchronized Checkpoint append(long sequence, String entryHash, Instant at) {
        CheckpointLogState state = read(false);
        if (state.problem() != null) {
            throw new IllegalStateException(state.problem());
        }
        Checkpoint c = key.sign(sequence, entryHash, at,
                latest == null ? Checkpoint.FIRST_PREVIOUS : latest.mac());
        byte[] line = (c.toJsonLine() + "\n").getBytes(StandardCharsets.UTF_8);
        try {
            Files.createDirectories(file.getParent());
            try (FileChannel out = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND)) {
                ByteBuffer buffer = ByteBuffer.wrap(line);
                while (buffer.hasRemaining()) {
                    out.write(buffer);
                }
                out.force(true);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to the checkpoint file " + file, e);
        }
        lastLineStart = goodBytes;
        lastLine = line;
        goodBytes += line.length;
        latest = c;
        lines++;
        return c;
    }
}
