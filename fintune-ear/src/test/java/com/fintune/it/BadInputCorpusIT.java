package com.fintune.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fintune.it.FinTuneServer.Account;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static com.fintune.it.PredictionCalls.application;
import static com.fintune.it.PredictionCalls.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 17: a corpus of bad requests to the prediction API. Every answer is a 4xx application/problem+json in
 * FinTune's words: no class name, no library name or code (RESTEASY..., Jackson, com.fasterxml), no "Exception",
 * no stack trace; and nothing is stored.
 */
class BadInputCorpusIT {

    /** What no error body may contain. */
    static final Pattern LEAK = Pattern.compile("[a-z]+\\.[a-z]+\\.[A-Z]\\w+|RESTEASY|Jackson|com\\.fasterxml"
            + "|Exception|\\bat [a-z]+\\.[a-z]|REDACTED|StreamReadFeature");

    /** One bad request: its path, content type (null: none), body, and the first error field expected (or null). */
    record Case(String name, String path, String contentType, String body, int status, String field) {
    }

    @BeforeAll
    static void ready() throws Exception {
        FinTuneServer.awaitReady();
    }

    private static String with(String field, Object value) {
        ObjectNode a = application("corpus");
        a.set(field, PredictionCalls.JSON.valueToTree(value));
        return a.toString();
    }

    private static String without(String... fields) {
        ObjectNode a = application("corpus");
        a.remove(List.of(fields));
        return a.toString();
    }

    static List<Case> corpus() {
        String ok = application("corpus").toString();
        String p = "/api/v1/predict";
        String json = "application/json";
        List<Case> c = new ArrayList<>();
        c.add(new Case("truncated", p, json, ok.substring(0, ok.length() / 2), 400, "body"));
        c.add(new Case("last brace missing", p, json, ok.substring(0, ok.length() - 1), 400, "body"));
        c.add(new Case("truncated multi-line", p, json, "{\n \"loanAmount\": 320000,\n \"purpose\": \"PUR", 400, "body"));
        c.add(new Case("empty body", p, json, "", 400, "body"));
        c.add(new Case("blank body", p, json, "  \n ", 400, "body"));
        c.add(new Case("null", p, json, "null", 400, "body"));
        c.add(new Case("array instead of object", p, json, "[" + ok + "]", 400, "body"));
        c.add(new Case("empty array", p, json, "[]", 400, "body"));
        c.add(new Case("number", p, json, "42", 400, "body"));
        c.add(new Case("string", p, json, "\"apply\"", 400, "body"));
        c.add(new Case("single quotes", p, json, "{'loanAmount': 1}", 400, "body"));
        c.add(new Case("unquoted name", p, json, "{loanAmount: 1}", 400, "body"));
        c.add(new Case("trailing comma", p, json, "{\"loanAmount\": 1,}", 400, "body"));
        c.add(new Case("bare word", p, json, "{\"loanAmount\": lots}", 400, "body"));
        c.add(new Case("NaN", p, json, "{\"loanAmount\": NaN}", 400, "body"));
        c.add(new Case("leading zero", p, json, "{\"loanAmount\": 0350000}", 400, "body"));
        c.add(new Case("two objects", p, json, ok + ok, 400, "body"));
        c.add(new Case("duplicate field", p, json, ok.replace("{", "{\"termMonths\": 240,"), 400, "body"));
        c.add(new Case("bad escape", p, json, "{\"underwriterNotes\": \"\\q\"}", 400, "body"));
        c.add(new Case("raw line break in string", p, json, "{\"underwriterNotes\": \"a\nb\"}", 400, "body"));
        c.add(new Case("deep nesting", p, json, "[".repeat(5000) + "]".repeat(5000), 400, "body"));
        c.add(new Case("empty object", p, json, "{}", 400, "loanAmount"));
        c.add(new Case("missing termMonths", p, json, without("termMonths"), 400, "termMonths"));
        c.add(new Case("missing loanAmount", p, json, without("loanAmount"), 400, "loanAmount"));
        c.add(new Case("missing purpose", p, json, without("purpose"), 400, "purpose"));
        c.add(new Case("null product", p, json, with("product", null), 400, "product"));
        c.add(new Case("text for a number", p, json, with("loanAmount", "350k"), 400, "loanAmount"));
        c.add(new Case("text for a whole number", p, json, with("termMonths", "thirty years"), 400, "termMonths"));
        c.add(new Case("fraction for a whole number", p, json, with("creditScore", 700.5), 400, "creditScore"));
        c.add(new Case("array for a number", p, json, with("creditScore", List.of(700)), 400, "creditScore"));
        c.add(new Case("object for a number", p, json, "{\"creditScore\": {\"value\": 700}}", 400, "loanAmount"));
        c.add(new Case("text for a boolean", p, json, with("priorBankruptcy", "no"), 400, "priorBankruptcy"));
        c.add(new Case("number for text", p, json, with("state", 44), 400, "state"));
        c.add(new Case("bad enum", p, json, with("occupancy", "CASTLE"), 400, "occupancy"));
        c.add(new Case("lower-case enum", p, json, with("purpose", "purchase"), 400, "purpose"));
        c.add(new Case("number for enum", p, json, with("product", 3), 400, "product"));
        c.add(new Case("unknown field", p, json, with("favouriteColour", "red"), 400, "favouriteColour"));
        c.add(new Case("snake_case field", p, json, with("loan_amount", 1), 400, "loan_amount"));
        c.add(new Case("huge number", p, json, ok.replace("\"loanAmount\":350000", "\"loanAmount\":1e400"), 400,
                "loanAmount"));
        c.add(new Case("huge whole number", p, json, with("creditScore", new java.math.BigInteger("9".repeat(30))),
                400, "creditScore"));
        c.add(new Case("very long number", p, json, "{\"loanAmount\": " + "9".repeat(2000) + "}", 400, "body"));
        c.add(new Case("out of range", p, json, with("termMonths", 5), 400, "termMonths"));
        c.add(new Case("negative amount", p, json, with("loanAmount", -5), 400, "loanAmount"));
        c.add(new Case("applicationId as text", p, json, "{\"applicationId\": \"7\"}", 400, "applicationId"));
        c.add(new Case("applicationId zero", p, json, "{\"applicationId\": 0}", 400, "applicationId"));
        c.add(new Case("applicationId and fields", p, json, "{\"applicationId\": 3, \"loanAmount\": 1}", 400,
                "applicationId"));
        c.add(new Case("text/plain", p, "text/plain", ok, 415, "Content-Type"));
        c.add(new Case("xml", p, "application/xml", "<application/>", 415, "Content-Type"));
        c.add(new Case("form", p, "application/x-www-form-urlencoded", "loanAmount=1", 415, "Content-Type"));
        c.add(new Case("no content type", p, null, ok, 415, "Content-Type"));
        c.add(new Case("batch: truncated", "/api/v1/batch-predict", json, "{\"applications\": [" + ok, 400, "body"));
        c.add(new Case("batch: not an array", "/api/v1/batch-predict", json, "{\"applications\": 3}", 400,
                "applications"));
        c.add(new Case("batch: bad item", "/api/v1/batch-predict", json,
                "{\"applications\": [" + without("termMonths") + "]}", 400, "applications[0].termMonths"));
        c.add(new Case("batch: text/plain", "/api/v1/batch-predict", "text/plain", "{}", 415, "Content-Type"));
        // issue 15: limits before and while parsing
        c.add(new Case("65 KB body", p, json, with("underwriterNotes", "n".repeat(65 * 1024)), 413, "body"));
        c.add(new Case("nested 1000 deep", p, json, "{\"loanAmount\":" + "[".repeat(1000) + "]".repeat(1000) + "}",
                400, "body"));
        c.add(new Case("batch: nested 1000 deep", "/api/v1/batch-predict", json,
                "{\"applications\":" + "[".repeat(1000) + "]".repeat(1000) + "}", 400, "body"));
        c.add(new Case("4,000 control characters in notes", p, json, with("underwriterNotes", "\u0001".repeat(4000)),
                400, "underwriterNotes"));
        c.add(new Case("batch: control characters in an item", "/api/v1/batch-predict", json,
                "{\"applications\": [" + with("underwriterNotes", "a\u0007b") + "]}", 400,
                "applications[0].underwriterNotes"));
        return c;
    }

    private static HttpResponse<String> send(Case c) throws Exception {
        HttpRequest.Builder r = FinTuneServer.request(c.path()).header("Authorization", Account.UNDERWRITER.basic())
                .POST(HttpRequest.BodyPublishers.ofString(c.body()));
        if (c.contentType() != null) {
            r.header("Content-Type", c.contentType());
        }
        return FinTuneServer.CLIENT.send(r.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void everyBadRequestIsA4xxProblemInFinTunesWords() throws Exception {
        long before = PredictionCalls.storedPredictions();
        List<Case> corpus = corpus();
        assertTrue(corpus.size() >= 30, "corpus size " + corpus.size());
        List<String> failures = new ArrayList<>();
        for (Case c : corpus) {
            HttpResponse<String> r = send(c);
            String type = r.headers().firstValue("Content-Type").orElse("");
            String why = null;
            if (r.statusCode() != c.status()) {
                why = "status " + r.statusCode() + ", expected " + c.status();
            } else if (!type.startsWith("application/problem+json")) {
                why = "content type " + type;
            } else if (LEAK.matcher(r.body()).find()) {
                why = "leaks runtime words";
            } else {
                JsonNode problem = json(r);
                if (problem.path("status").asInt() != c.status() || problem.path("detail").asText().isBlank()) {
                    why = "not a complete problem";
                } else if (c.field() != null && !c.field().equals(problem.path("errors").path(0).path("field")
                        .asText())) {
                    why = "first field " + problem.path("errors").path(0).path("field") + ", expected " + c.field();
                }
            }
            if (why != null) {
                failures.add(c.name() + ": " + why + " -> " + r.body());
            }
        }
        assertTrue(failures.isEmpty(), failures.size() + " of " + corpus.size() + " bad:\n" + String.join("\n", failures));
        assertEquals(before, PredictionCalls.storedPredictions(), "rejected input must store nothing");
    }

    /** A 20-million-character string, sent with a Content-Length and chunked: refused quickly, never a 500. */
    @Test
    void aHugeBodyIsRefusedBeforeItIsRead() throws Exception {
        long before = PredictionCalls.storedPredictions();
        List<String> answered = new ArrayList<>();
        for (int size : new int[] {20_000_000, 100_000}) {
        String huge = "{\"underwriterNotes\":\"" + "x".repeat(size) + "\"}";
        for (boolean chunked : new boolean[] {false, true}) {
            byte[] bytes = huge.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            HttpRequest.BodyPublisher body = chunked
                    ? HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(bytes))
                    : HttpRequest.BodyPublishers.ofByteArray(bytes);
            long start = System.nanoTime();
            HttpResponse<String> r;
            try {
                r = FinTuneServer.CLIENT.send(FinTuneServer.request("/api/v1/predict")
                        .header("Authorization", Account.UNDERWRITER.basic())
                        .header("Content-Type", "application/json").POST(body).build(),
                        HttpResponse.BodyHandlers.ofString());
            } catch (java.io.IOException closed) {
                answered.add(size + (chunked ? " chunked" : "") + ": connection closed");
                continue;   // the server may answer and close before the client has sent it all: refused, not a 500
            }
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertEquals(413, r.statusCode(), (chunked ? "chunked: " : "") + r.body());
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
            assertTrue(!LEAK.matcher(r.body()).find(), r.body());
            String message = json(r).path("errors").path(0).path("message").asText();
            assertTrue(message.contains("64 KB"), r.body());
            assertTrue(millis < 10_000, "took " + millis + " ms");
            answered.add(size + (chunked ? " chunked" : "") + ": " + r.statusCode() + " in " + millis + " ms");
        }
        }
        System.out.println("huge bodies: " + answered);
        // the 100,000-byte bodies are sent whole before the server answers: both must be the 413 (the chunked one
        // exercises the capped stream, the other the Content-Length check)
        assertTrue(answered.stream().anyMatch(a -> a.startsWith("100000: 413")),
                answered.toString());
        assertTrue(answered.stream().anyMatch(a -> a.startsWith("100000 chunked: 413")), answered.toString());
        assertEquals(before, PredictionCalls.storedPredictions(), "rejected input must store nothing");
    }

    @Test
    void theReportedCasesReadAsTheUserWouldSayThem() throws Exception {
        JsonNode truncated = json(send(new Case("", "/api/v1/predict", "application/json",
                "{\n \"loanAmount\": 320000,\n \"purpose\": \"PUR", 400, null)));
        String message = truncated.path("errors").path(0).path("message").asText();
        assertTrue(message.startsWith("is not valid JSON: it ends too early") && message.contains("line 3, column"),
                truncated.toString());
        JsonNode plain = json(send(new Case("", "/api/v1/predict", "text/plain", "{}", 415, null)));
        assertEquals("must be application/json, was text/plain", plain.path("errors").path(0).path("message")
                .asText(), plain.toString());
        JsonNode missing = json(send(new Case("", "/api/v1/predict", "application/json", without("termMonths"), 400,
                null)));
        assertEquals("is required", missing.path("errors").path(0).path("message").asText(), missing.toString());
        ObjectNode many = application("corpus");
        many.remove("product");
        many.put("termMonths", "long").put("occupancy", "CASTLE").put("creditScore", 9000).put("colour", "red");
        JsonNode all = json(send(new Case("", "/api/v1/predict", "application/json", many.toString(), 400, null)));
        assertEquals(5, all.path("errors").size(), "every field error at once: " + all);
        HttpResponse<String> get = FinTuneServer.get("/api/v1/predict", Account.UNDERWRITER);
        assertEquals(405, get.statusCode(), get.body());
        assertTrue(!LEAK.matcher(get.body()).find() && get.body().contains("POST"), get.body());
    }
}
