package com.fintune.interfaces.rest.assessment;

import com.fintune.interfaces.rest.problem.BodyTooLargeException;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import org.eclipse.microprofile.config.ConfigProvider;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Caps the request body of the prediction resources before anything reads it: {@code POST /predict} at 64 KB, and
 * {@code POST /batch-predict} at {@code fintune.batch.max-body-bytes} (MicroProfile Config, default 16 MB). A
 * {@code Content-Length} over the limit is answered 413 at once, without reading the body; a body without one
 * (chunked) is read through a stream that stops at the limit, so a body of any size costs at most the limit.
 */
@Provider
@PreMatching
public class BodyLimit implements ContainerRequestFilter {

    /** POST /predict: a full application with 4,000 characters of notes is under 6 KB. */
    public static final long PREDICT_MAX_BYTES = 64 * 1024;
    /** Default of {@code fintune.batch.max-body-bytes}: 10,000 typical applications (about 1 KB each) fit. */
    public static final long BATCH_DEFAULT_MAX_BYTES = 16L * 1024 * 1024;
    static final String BATCH_KEY = "fintune.batch.max-body-bytes";

    @Override
    public void filter(ContainerRequestContext request) {
        if (!HttpMethod.POST.equals(request.getMethod())) {
            return;
        }
        long limit = limitFor(request.getUriInfo().getPath());
        if (limit <= 0) {
            return;
        }
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (length != null) {
            try {
                if (Long.parseLong(length.trim()) > limit) {
                    request.abortWith(new BodyTooLargeException(limit).response());
                    return;
                }
            } catch (NumberFormatException e) {
                // the server refuses a malformed Content-Length itself; the stream cap still holds
            }
        }
        request.setEntityStream(new Capped(request.getEntityStream(), limit));
    }

    /** The byte limit for a path ("/predict", "predict/", "/api/v1/batch-predict"...), or 0 for none. */
    static long limitFor(String path) {
        String p = path == null ? "" : path;
        while (p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        if (p.equals("predict") || p.endsWith("/predict")) {
            return PREDICT_MAX_BYTES;
        }
        if (p.equals("batch-predict") || p.endsWith("/batch-predict")) {
            return batchLimit();
        }
        return 0;
    }

    static long batchLimit() {
        try {
            return ConfigProvider.getConfig().getOptionalValue(BATCH_KEY, Long.class).orElse(BATCH_DEFAULT_MAX_BYTES);
        } catch (RuntimeException | LinkageError e) {   // no config (a unit test): the default
            return BATCH_DEFAULT_MAX_BYTES;
        }
    }

    /** Gives at most {@code limit} bytes; reading a byte more throws {@link BodyTooLargeException}. */
    static final class Capped extends FilterInputStream {
        private final long limit;
        private long read;

        Capped(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, (int) Math.min(length, limit - read + 1));
            if (n > 0) {
                count(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(Math.min(n, limit - read + 1));
            count(skipped);
            return skipped;
        }

        @Override
        public boolean markSupported() {
            return false;
        }

        private void count(long n) {
            read += n;
            if (read > limit) {
                throw new BodyTooLargeException(limit);
            }
        }
    }
}
