package com.fintune.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fintune.it.FinTuneServer.Account;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Requests ModelRegistryIT makes: /api/v1/models calls, a copy of the fixture checkpoint, the audit log. */
final class ModelRegistryCalls {

    static final String MODELS = "/api/v1/models";
    static final Path FIXTURE = Path.of(System.getProperty("fintune.it.modelDir", "../shared/fixtures/tiny-roberta"));

    private ModelRegistryCalls() {
    }

    /** The fixture checkpoint's files copied to a new directory named {@code name} (so its version differs). */
    static Path copyOfFixture(String name) throws Exception {
        Path dir = Files.createTempDirectory("fintune-registry-it").resolve(name);
        Files.createDirectories(dir);
        try (Stream<Path> files = Files.list(FIXTURE)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, dir.resolve(f.getFileName()));
            }
        }
        return dir;
    }

    static String path(String version, String tail) {
        return MODELS + "/" + URLEncoder.encode(version, StandardCharsets.UTF_8).replace("+", "%20") + tail;
    }

    static HttpResponse<String> register(String artifactPath, String reason, Account account) throws Exception {
        ObjectNode body = PredictionCalls.JSON.createObjectNode();
        if (artifactPath != null) {
            body.put("artifactPath", artifactPath);
        }
        if (reason != null) {
            body.put("reason", reason);
        }
        body.put("codeVersion", "it-" + System.currentTimeMillis());
        body.putObject("trainingConfig").put("epochs", 1);
        return PredictionCalls.post(MODELS, body.toString(), account);
    }

    static HttpResponse<String> promote(String version, String to, String reason) throws Exception {
        ObjectNode body = PredictionCalls.JSON.createObjectNode().put("reason", reason);
        if (to != null) {
            body.put("to", to);
        }
        return PredictionCalls.post(path(version, "/promote"), body.toString(), Account.ADMIN);
    }

    static HttpResponse<String> retire(String version, String reason) throws Exception {
        return PredictionCalls.post(path(version, "/retire"),
                PredictionCalls.JSON.createObjectNode().put("reason", reason).toString(), Account.ADMIN);
    }

    static HttpResponse<String> route(String json) throws Exception {
        HttpRequest r = FinTuneServer.request(MODELS + "/routing").header("Content-Type", "application/json")
                .header("Authorization", Account.ADMIN.basic()).PUT(HttpRequest.BodyPublishers.ofString(json))
                .build();
        return FinTuneServer.CLIENT.send(r, HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode model(String version) throws Exception {
        HttpResponse<String> r = FinTuneServer.get(path(version, ""), Account.ADMIN);
        if (r.statusCode() != 200) {
            throw new AssertionError("GET " + version + ": " + r.statusCode() + " " + r.body());
        }
        return PredictionCalls.json(r);
    }

    /** The CHAMPION's version from GET /models. */
    static String champion() throws Exception {
        for (JsonNode m : PredictionCalls.json(FinTuneServer.get(MODELS, Account.ADMIN))) {
            if ("CHAMPION".equals(m.path("status").asText())) {
                return m.path("version").asText();
            }
        }
        throw new AssertionError("no CHAMPION in GET /models");
    }

    /** The model version that answered one prediction of {@code notes}' application. */
    static JsonNode predict(String notes) throws Exception {
        HttpResponse<String> r = PredictionCalls.post("/api/v1/predict",
                PredictionCalls.application(notes).toString(), Account.UNDERWRITER);
        if (r.statusCode() != 200) {
            throw new AssertionError("predict: " + r.statusCode() + " " + r.body());
        }
        return PredictionCalls.json(r);
    }

    /** "ACTION actor" of every audit entry about {@code version}, oldest first, read from AUDIT_LOG directly. */
    static List<String> auditEntries(String version) throws Exception {
        List<String> entries = new ArrayList<>();
        try (java.sql.Connection db = java.sql.DriverManager.getConnection(System.getProperty("fintune.it.dbUrl"),
                System.getProperty("fintune.it.dbUser", "fintune"), System.getProperty("fintune.it.dbPassword",
                        "fintune"));
             java.sql.PreparedStatement q = db.prepareStatement(
                     "SELECT ACTION, ACTOR, OUTPUT_HASH FROM AUDIT_LOG WHERE SUBJECT = ? ORDER BY SEQ")) {
            q.setString(1, "model:" + version);
            try (java.sql.ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    if (rs.getString(3) == null) {
                        throw new AssertionError("audit entry without an output hash for " + version);
                    }
                    entries.add(rs.getString(1) + " " + rs.getString(2));
                }
            }
        }
        return entries;
    }
}
