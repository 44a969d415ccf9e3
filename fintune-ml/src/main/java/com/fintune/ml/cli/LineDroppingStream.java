package com.fintune.ml.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Standard output with one library's debug lines taken out: SameDiff 1.0.0-M2.1 prints "Added differentiated op
 * NAME" with {@code System.out.println} (not through a logger) for every op when it builds a gradient function, 150
 * lines per training run on the stream that carries the CLI's JSON answers. Lines are passed on whole; a line that
 * starts with {@link #DROPPED} is not. A partial line is passed on at {@link #flush()} unless it could still become
 * a dropped one. With {@code --verbose} the dropped lines go to a second stream (stderr) instead of nowhere.
 */
final class LineDroppingStream extends OutputStream {

    static final String DROPPED = "Added differentiated op ";
    private static final byte[] PREFIX = DROPPED.getBytes(StandardCharsets.UTF_8);

    private final OutputStream out;
    private final OutputStream diverted;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();

    LineDroppingStream(OutputStream out) {
        this(out, OutputStream.nullOutputStream());
    }

    /** {@code diverted}: where the taken-out lines go. */
    LineDroppingStream(OutputStream out, OutputStream diverted) {
        this.out = out;
        this.diverted = diverted;
    }

    @Override
    public synchronized void write(int b) throws IOException {
        line.write(b);
        if (b == '\n') {
            passLine();
        }
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) throws IOException {
        for (int i = off; i < off + len; i++) {
            write(b[i]);
        }
    }

    @Override
    public synchronized void flush() throws IOException {
        if (line.size() > 0 && !couldBeDropped(line.toByteArray())) {
            line.writeTo(out);
            line.reset();
        }
        out.flush();
    }

    @Override
    public synchronized void close() throws IOException {
        if (line.size() > 0) {
            line.writeTo(startsWithPrefix(line.toByteArray()) ? diverted : out);
        }
        line.reset();
        diverted.flush();
        out.close();
    }

    private void passLine() throws IOException {
        if (startsWithPrefix(line.toByteArray())) {
            line.writeTo(diverted);
            diverted.flush();
        } else {
            line.writeTo(out);
        }
        line.reset();
    }

    private static boolean startsWithPrefix(byte[] b) {
        if (b.length < PREFIX.length) {
            return false;
        }
        for (int i = 0; i < PREFIX.length; i++) {
            if (b[i] != PREFIX[i]) {
                return false;
            }
        }
        return true;
    }

    /** True while the bytes so far are a prefix of a dropped line (or start with its prefix). */
    private static boolean couldBeDropped(byte[] b) {
        int n = Math.min(b.length, PREFIX.length);
        for (int i = 0; i < n; i++) {
            if (b[i] != PREFIX[i]) {
                return false;
            }
        }
        return true;
    }
}
