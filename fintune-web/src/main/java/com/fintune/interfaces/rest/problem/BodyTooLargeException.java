package com.fintune.interfaces.rest.problem;

import jakarta.ws.rs.core.Response;

import java.util.List;

/**
 * A request body is over its resource's limit (see the prediction resources' body limit). Thrown by the capped body
 * stream while the body is read, or used directly when {@code Content-Length} already says so; the runtime may wrap
 * it in its own reading error, so the problem mappers look for it among the causes. Plain, so that it can be made
 * and tested without a JAX-RS runtime.
 */
public class BodyTooLargeException extends RuntimeException {

    private final long limit;

    public BodyTooLargeException(long limit) {
        super("body over " + limit + " bytes", null, false, false);
        this.limit = limit;
    }

    public long limit() {
        return limit;
    }

    /** The field message: "is larger than this resource accepts: at most 64 KB (65,536 bytes)". */
    public static String message(long limit) {
        return "is larger than this resource accepts: at most " + size(limit) + " (" + String.format("%,d", limit)
                + " bytes)";
    }

    static String size(long bytes) {
        if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MB";
        }
        if (bytes >= 1024 && bytes % 1024 == 0) {
            return bytes / 1024 + " KB";
        }
        return String.format("%,d", bytes) + " bytes";
    }

    /** 413 problem+json naming the limit, with a {@code body} field error. */
    public Response response() {
        return ProblemResponses.of(413, "Content Too Large", "body: " + message(limit),
                List.of(new ProblemDetails.FieldError("body", message(limit))));
    }

    /** The exception among {@code t} and its causes, or null. */
    public static BodyTooLargeException among(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof BodyTooLargeException b) {
                return b;
            }
        }
        return null;
    }
}
