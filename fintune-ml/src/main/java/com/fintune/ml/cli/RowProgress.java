package com.fintune.ml.cli;

import com.fintune.ml.data.lar.LarReader;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Progress of a command that goes through a file row by row, on stderr: a line at most every two seconds ("import-lar:
 * read 120000/5000000 records, 41000/s, ETA 119s"), so a long file is never silent, and nothing for a file read in
 * under two seconds.
 */
final class RowProgress implements LarReader.Progress {

    private static final long EVERY_NANOS = 2_000_000_000L;

    private final String label;
    private final PrintWriter err;
    private final LongSupplier clock;
    private final long start;
    private long last;

    RowProgress(String label, PrintWriter err) {
        this(label, err, System::nanoTime);
    }

    RowProgress(String label, PrintWriter err, LongSupplier clock) {
        this.label = label;
        this.err = err;
        this.clock = clock;
        this.start = clock.getAsLong();
        this.last = start;
    }

    @Override
    public void read(int done, int total) {
        long now = clock.getAsLong();
        if (now - last < EVERY_NANOS && done < total) {
            return;
        }
        if (done == total && now - start < EVERY_NANOS) {
            return;
        }
        last = now;
        double rate = done / Math.max(1e-9, (now - start) / 1e9);
        err.printf(Locale.ROOT, "%s %d/%d records, %.0f/s, %s%n", label, done, total, rate,
                done < total ? "ETA " + Math.round((total - done) / rate) + "s" : "done");
        err.flush();
    }
}
