package com.fintune.interfaces.rest.assessment;

import com.fintune.interfaces.rest.problem.BodyTooLargeException;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BodyLimitTest {

    @Test
    void theLimitIsChosenByPath() {
        assertEquals(64 * 1024, BodyLimit.limitFor("/predict"));
        assertEquals(64 * 1024, BodyLimit.limitFor("predict/"));
        assertEquals(BodyLimit.BATCH_DEFAULT_MAX_BYTES, BodyLimit.limitFor("/batch-predict"));
        assertEquals(0, BodyLimit.limitFor("/predictions/7"));
        assertEquals(0, BodyLimit.limitFor(null));
    }

    @Test
    void aBodyUpToTheLimitIsReadWhole() throws Exception {
        byte[] body = "x".repeat(1000).getBytes(StandardCharsets.UTF_8);
        try (InputStream in = new BodyLimit.Capped(new ByteArrayInputStream(body), 1000)) {
            assertArrayEquals(body, in.readAllBytes());
        }
    }

    @Test
    void readingPastTheLimitStopsAtTheLimitWithoutReadingTheRest() {
        AtomicLong served = new AtomicLong();
        InputStream endless = new InputStream() {   // a chunked body that never ends
            @Override
            public int read() {
                served.incrementAndGet();
                return 'x';
            }

            @Override
            public int read(byte[] b, int off, int len) {
                java.util.Arrays.fill(b, off, off + len, (byte) 'x');
                served.addAndGet(len);
                return len;
            }
        };
        BodyTooLargeException e = assertThrows(BodyTooLargeException.class,
                () -> new BodyLimit.Capped(endless, 65_536).readAllBytes());
        assertEquals(65_536, e.limit());
        assertTrue(served.get() <= 65_536 + 1, "read " + served.get() + " bytes");
        assertThrows(BodyTooLargeException.class, () -> {
            InputStream in = new BodyLimit.Capped(new ByteArrayInputStream(new byte[3]), 2);
            in.read();
            in.read();
            in.read();
        });
    }

    @Test
    void theMessageNamesTheLimitInPlainWordsAndIsFoundWhenWrapped() {
        assertEquals("is larger than this resource accepts: at most 64 KB (65,536 bytes)",
                BodyTooLargeException.message(65_536));
        assertEquals("is larger than this resource accepts: at most 16 MB (16,777,216 bytes)",
                BodyTooLargeException.message(16L * 1024 * 1024));
        BodyTooLargeException e = new BodyTooLargeException(10);
        assertSame(e, BodyTooLargeException.among(new RuntimeException(new UncheckedIOException(
                new java.io.IOException(e)))));
        assertEquals(null, BodyTooLargeException.among(new RuntimeException("other")));
    }
}
