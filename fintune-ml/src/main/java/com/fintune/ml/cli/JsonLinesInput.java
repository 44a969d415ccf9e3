package com.fintune.ml.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * Reads JSON Lines (one JSON object per line, UTF-8; blank lines skipped) and hands each object to the caller with
 * its 1-based line number. A line that is not a JSON object is a {@link CliFailure#badInput}: it stops the run, or
 * is reported and skipped where the caller asks for that.
 */
public final class JsonLinesInput {

    /** What to do with one object; may throw {@link CliFailure}. */
    @FunctionalInterface
    public interface LineHandler {
        void handle(long lineNumber, JsonNode object) throws IOException;
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonLinesInput() {
    }

    /** Reads every line of {@code in}; returns how many objects were handled. The first bad line stops the run. */
    public static long forEachObject(InputStream in, LineHandler handler) {
        return forEachObject(in, handler, null);
    }

    /**
     * Reads every line of {@code in}, handing each line that cannot be used (not a JSON object, or refused by the
     * handler with {@link CliFailure#badInput}) to {@code badLine} and going on with the next; returns how many
     * objects were handled. With a null {@code badLine} the first bad line stops the run.
     */
    public static long forEachObject(InputStream in, LineHandler handler, Consumer<CliFailure> badLine) {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        long lineNumber = 0;
        long objects = 0;
        try {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    handler.handle(lineNumber, parseObject(line, lineNumber));
                    objects++;
                } catch (CliFailure f) {
                    if (badLine == null || f.exitCode() != ExitCode.BAD_INPUT) {
                        throw f;
                    }
                    badLine.accept(f);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading input after line " + lineNumber, e);
        }
        return objects;
    }

    /** The string field {@code name} of {@code object}, or a bad-input failure naming field and line. */
    public static String requireString(JsonNode object, String name, long lineNumber) {
        JsonNode value = object.get(name);
        if (value == null) {
            throw CliFailure.badInput(lineNumber, "missing field \"" + name + "\"");
        }
        if (!value.isTextual()) {
            throw CliFailure.badInput(lineNumber, "field \"" + name + "\" must be a string, was " + value.getNodeType()
                    .toString().toLowerCase(java.util.Locale.ROOT));
        }
        return value.asText();
    }

    private static JsonNode parseObject(String line, long lineNumber) {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            // the parser's own message names its classes and settings; say it in the user's words, with the column
            throw CliFailure.badInput(lineNumber, com.fintune.ml.serving.JsonSyntax.describe(e).substring(3)
                    .replace(" at line 1, column ", " at column "));
        }
        if (node == null || !node.isObject()) {
            throw CliFailure.badInput(lineNumber, "expected a JSON object, got " + (node == null ? "nothing" : node.getNodeType()
                    .toString().toLowerCase(java.util.Locale.ROOT)));
        }
        return node;
    }
}
