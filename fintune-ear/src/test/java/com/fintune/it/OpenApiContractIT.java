package com.fintune.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document the server serves is the committed one that the build generates the Java client from
 * (fintune-ear/src/test/openapi/fintune-api.json; GeneratedClientIT uses that client), so the two cannot drift.
 * The document's {@code servers} name this run's host and ports and are left out of both.
 */
class OpenApiContractIT {

    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    static final Path COMMITTED = Path.of(System.getProperty("fintune.it.repoDir", ".."),
            "fintune-ear", "src", "test", "openapi", "fintune-api.json");
    static final String REFRESH = "mvn -pl fintune-ear -am verify -DskipUTs -Dit.test=OpenApiContractIT "
            + "-Dfailsafe.failIfNoSpecifiedTests=false -Dfintune.it.openapi.write=true";

    @BeforeAll
    static void ready() throws Exception {
        FinTuneServer.awaitReady();
    }

    @Test
    void theServedDocumentIsTheCommittedContract() throws Exception {
        var response = FinTuneServer.get("/openapi?format=JSON");
        assertEquals(200, response.statusCode(), response.body());
        ObjectNode served = (ObjectNode) JSON.readTree(response.body());
        served.remove("servers");
        if (Boolean.getBoolean("fintune.it.openapi.write")) {
            Files.writeString(COMMITTED, JSON.writeValueAsString(served) + "\n", StandardCharsets.UTF_8);
            fail("Wrote " + COMMITTED.toAbsolutePath().normalize() + " from the server's /openapi: review and commit "
                    + "it, then build again without -Dfintune.it.openapi.write (the client is generated from it)");
        }
        JsonNode committed = JSON.readTree(Files.readString(COMMITTED));
        List<String> differences = new ArrayList<>();
        compare("", committed, served, differences);
        if (!differences.isEmpty()) {
            fail("The server's /openapi is not the committed contract " + COMMITTED.getFileName() + " that the client "
                    + "is generated from (" + differences.size() + " differences):\n  "
                    + String.join("\n  ", differences.subList(0, Math.min(15, differences.size())))
                    + "\nIf the API changed on purpose, refresh the file, review the diff and commit it:\n  " + REFRESH);
        }
    }

    /** Each place where two documents differ, by JSON path. */
    static void compare(String path, JsonNode expected, JsonNode actual, List<String> out) {
        if (expected.isObject() && actual.isObject()) {
            Iterator<String> names = expected.fieldNames();
            while (names.hasNext()) {
                String name = names.next();
                compare(path + "/" + name, expected.get(name), actual.path(name), out);
            }
            actual.fieldNames().forEachRemaining(name -> {
                if (!expected.has(name)) {
                    out.add(path + "/" + name + ": only in the served document");
                }
            });
        } else if (expected.isArray() && actual.isArray() && expected.size() == actual.size()) {
            for (int i = 0; i < expected.size(); i++) {
                compare(path + "/" + i, expected.get(i), actual.get(i), out);
            }
        } else if (!expected.equals(actual)) {
            out.add(path + ": committed " + shorten(expected) + ", served " + shorten(actual));
        }
    }

    private static String shorten(JsonNode node) {
        String text = node.isMissingNode() ? "(absent)" : node.toString();
        return text.length() <= 100 ? text : text.substring(0, 97) + "...";
    }
}
