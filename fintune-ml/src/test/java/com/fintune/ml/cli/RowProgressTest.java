package com.fintune.ml.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** A line at most every two seconds, the last one when the file ends, silence for a file read quickly. */
class RowProgressTest {

    @Test
    void aLongReadPrintsEveryTwoSecondsAndAtTheEnd() {
        StringWriter out = new StringWriter();
        long[] now = {0};
        RowProgress p = new RowProgress("import-lar: read", new PrintWriter(out), () -> now[0]);
        for (int i = 1; i <= 10; i++) {
            now[0] = i * 500_000_000L;   // half a second a record
            p.read(i, 10);
        }
        assertEquals("""
                import-lar: read 4/10 records, 2/s, ETA 3s
                import-lar: read 8/10 records, 2/s, ETA 1s
                import-lar: read 10/10 records, 2/s, done
                """, out.toString().replace(System.lineSeparator(), "\n"));
    }

    @Test
    void aQuickReadIsSilent() {
        StringWriter out = new StringWriter();
        long[] now = {0};
        RowProgress p = new RowProgress("import-lar: read", new PrintWriter(out), () -> now[0]);
        for (int i = 1; i <= 1000; i++) {
            now[0] = i * 1_000_000L;
            p.read(i, 1000);
        }
        assertEquals("", out.toString());
    }
}
