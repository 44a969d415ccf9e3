package com.fintune.interfaces.rest.problem;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Turns JAX-RS's own errors (404, 405, 406, 415, 403 from @RolesAllowed, ...) into problem+json in FinTune's words.
 * The runtime's messages ("RESTEASY003065: Cannot consume content type", "HTTP 404 Not Found") name its codes and
 * classes, so they are never passed on; a message a FinTune resource wrote itself is kept.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    /** What the API's request bodies are; every resource that reads a body consumes JSON. */
    static final String ACCEPTED_TYPE = MediaType.APPLICATION_JSON;
    private static final Pattern RUNTIME_WORDS = Pattern.compile(
            "RESTEASY|^HTTP \\d{3}|[a-z]+\\.[a-z]+\\.[A-Z]\\w+|Exception|Jackson|fasterxml");

    @Context
    HttpHeaders headers;

    @Context
    Request request;

    @Override
    public Response toResponse(WebApplicationException exception) {
        Response own = ownProblem(exception);
        if (own != null) {
            return own;
        }
        Response original = exception.getResponse();
        int status = original.getStatus();
        if (status == Response.Status.UNAUTHORIZED.getStatusCode()) {
            return ProblemResponses.unauthorized("Sign in with a FinTune account or a bearer token.");
        }
        Response.StatusType info = original.getStatusInfo();
        String title = info.getReasonPhrase() == null ? "Error" : info.getReasonPhrase();
        return switch (status) {
            case 415 -> {
                String sent = contentType();
                yield ProblemResponses.of(415, "Unsupported Media Type",
                        "This request body must be sent as " + ACCEPTED_TYPE + " (Content-Type: " + ACCEPTED_TYPE
                                + "), not " + sent + ".",
                        List.of(new ProblemDetails.FieldError("Content-Type",
                                "must be " + ACCEPTED_TYPE + ", was " + sent)));
            }
            case 405 -> {
                Set<String> allowed = new TreeSet<>(original.getAllowedMethods());
                String method = request == null ? "this method" : request.getMethod();
                Response r = ProblemResponses.of(405, "Method Not Allowed", "This path does not answer " + method
                        + (allowed.isEmpty() ? "." : "; it answers " + String.join(", ", allowed) + "."), List.of());
                yield allowed.isEmpty() ? r : Response.fromResponse(r).allow(allowed).build();
            }
            case 406 -> ProblemResponses.of(406, "Not Acceptable", "This resource answers in "
                    + ACCEPTED_TYPE + "; the Accept header asked only for " + accept() + ".", List.of());
            default -> ProblemResponses.of(status, title, plain(exception.getMessage(), status), List.of());
        };
    }

    /**
     * The problem+json a FinTune component already answered with, found in the exception or its causes (the runtime
     * wraps what a body reader throws, e.g. the 413 of a body read past its limit, in its own 400), or null.
     */
    public static Response ownProblem(Throwable exception) {
        BodyTooLargeException tooLarge = BodyTooLargeException.among(exception);
        if (tooLarge != null) {
            return tooLarge.response();
        }
        for (Throwable t = exception; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof WebApplicationException wae && wae.getResponse() != null
                    && wae.getResponse().getEntity() instanceof ProblemDetails) {
                return wae.getResponse();
            }
        }
        return null;
    }

    /** The exception's message if a FinTune resource wrote it, else a sentence for the status. */
    static String plain(String message, int status) {
        if (message != null && !message.isBlank() && !RUNTIME_WORDS.matcher(message).find()) {
            return message;
        }
        return switch (status) {
            case 400 -> "The request could not be read.";
            case 403 -> "This account may not use this resource.";
            case 404 -> "Nothing is at this path.";
            case 413 -> "The request body is too large.";
            default -> "The request could not be answered.";
        };
    }

    private String contentType() {
        MediaType type = headers == null ? null : headers.getMediaType();
        return type == null ? "no content type" : type.getType() + "/" + type.getSubtype();
    }

    private String accept() {
        if (headers == null || headers.getAcceptableMediaTypes().isEmpty()) {
            return "another type";
        }
        return headers.getAcceptableMediaTypes().stream().map(t -> t.getType() + "/" + t.getSubtype())
                .reduce((a, b) -> a + ", " + b).orElse("another type");
    }
}
