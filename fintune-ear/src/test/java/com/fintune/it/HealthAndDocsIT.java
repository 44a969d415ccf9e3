package com.fintune.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The open endpoints: health (with the schema readiness check) and the API documentation. */
class HealthAndDocsIT {

    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void ready() throws Exception {
        FinTuneServer.awaitReady();
    }

    @Test
    void healthIsUpAndReadinessIncludesTheMigratedSchema() throws Exception {
        HttpResponse<String> health = FinTuneServer.get("/health");
        assertEquals(200, health.statusCode(), health.body());
        JsonNode body = JSON.readTree(health.body());
        assertEquals("UP", body.path("status").asText());
        JsonNode schema = null;
        for (JsonNode check : body.path("checks")) {
            if ("database-schema".equals(check.path("name").asText())) {
                schema = check;
            }
        }
        assertTrue(schema != null, "no database-schema check in " + health.body());
        assertEquals("UP", schema.path("status").asText());
        String expected = System.getProperty("fintune.it.db", "h2").toUpperCase(java.util.Locale.ROOT);
        assertEquals(expected, schema.path("data").path("database").asText());
        boolean development = false;
        for (JsonNode check : body.path("checks")) {
            development |= "mode".equals(check.path("name").asText())
                    && "development".equals(check.path("data").path("mode").asText());
        }
        assertTrue(development, "the readiness says the server runs in development mode: " + health.body());
    }

    @Test
    void everyAnswerCarriesTheBrowserHardeningHeaders() throws Exception {
        for (String path : java.util.List.of("/login.xhtml", "/api/v1/predictions", "/soap/predictions?wsdl")) {
            HttpResponse<String> r = FinTuneServer.get(path);
            assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""), path);
            assertEquals("SAMEORIGIN", r.headers().firstValue("X-Frame-Options").orElse(""), path);
            assertEquals("same-origin", r.headers().firstValue("Referrer-Policy").orElse(""), path);
        }
        HttpResponse<String> login = FinTuneServer.get("/login.xhtml");
        java.util.List<String> cookies = login.headers().allValues("Set-Cookie");
        assertTrue(!cookies.isEmpty(), "the login page starts a session");
        for (String cookie : cookies) {
            assertTrue(cookie.contains("HttpOnly") && cookie.matches(".*SameSite=(Lax|Strict).*"), cookie);
        }
        assertTrue(cookies.stream().anyMatch(c -> c.startsWith("JSESSIONID=") && c.contains("SameSite=Lax")),
                cookies.toString());
    }

    @Test
    void docsServeTheOpenApiUiAndTheDocumentDescribesTheApi() throws Exception {
        HttpResponse<String> ui = FinTuneServer.get("/docs/");
        assertEquals(200, ui.statusCode());
        assertTrue(ui.body().toLowerCase(java.util.Locale.ROOT).contains("<html"), "not an HTML page");

        HttpResponse<String> document = FinTuneServer.get("/openapi");
        assertEquals(200, document.statusCode());
        assertTrue(document.body().contains("openapi: 3."), document.body());
        assertTrue(document.body().contains("/api/v1/system/schema"), "the API's paths are missing");
    }

    /** Every operation is filed under a named area, and every one but the public taxonomy declares how to sign in. */
    @Test
    void everyOperationHasATagAndEveryProtectedOneItsSecurity() throws Exception {
        JsonNode paths = JSON.readTree(FinTuneServer.get("/openapi?format=JSON").body()).path("paths");
        java.util.List<String> missing = new java.util.ArrayList<>();
        int[] operations = {0};
        paths.fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            JsonNode operation = op.getValue();
            if (!operation.isObject() || !operation.has("responses")) {
                return;   // path-level parameters, not an operation
            }
            operations[0]++;
            String name = op.getKey().toUpperCase(java.util.Locale.ROOT) + " " + path.getKey();
            if (operation.path("tags").isEmpty()) {
                missing.add(name + ": no tag");
            }
            if (!path.getKey().equals("/api/v1/categories") && operation.path("security").isEmpty()) {
                missing.add(name + ": no security");
            }
        }));
        assertTrue(operations[0] >= 20, "operations read: " + operations[0]);
        assertTrue(missing.isEmpty(), String.join("\n", missing));
    }

    /**
     * The contract's two rules that a client relies on most (docs/api.md, "The contract"): every 4xx and 5xx answer
     * is application/problem+json with the Problem schema, and no JSON body, sent or answered, is just "a string".
     */
    @Test
    void everyFailureIsAProblemAndEveryJsonBodyHasASchema() throws Exception {
        JsonNode paths = JSON.readTree(FinTuneServer.get("/openapi?format=JSON").body()).path("paths");
        java.util.List<String> wrong = new java.util.ArrayList<>();
        paths.fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            if (!op.getValue().has("responses")) {
                return;
            }
            String name = op.getKey().toUpperCase(java.util.Locale.ROOT) + " " + path.getKey();
            JsonNode body = op.getValue().path("requestBody").path("content").path("application/json");
            if (!body.isMissingNode() && !body.path("schema").has("$ref")) {
                wrong.add(name + ": request body " + body.path("schema"));
            }
            op.getValue().path("responses").fields().forEachRemaining(r -> {
                JsonNode content = r.getValue().path("content");
                if (r.getKey().matches("[45]\\d\\d")) {
                    if (!"#/components/schemas/Problem".equals(content.path("application/problem+json")
                            .path("schema").path("$ref").asText())) {
                        wrong.add(name + " " + r.getKey() + ": not a Problem " + content);
                    }
                } else if (content.has("application/json")
                        && content.path("application/json").path("schema").path("type").asText().equals("string")) {
                    wrong.add(name + " " + r.getKey() + ": answers a plain string");
                }
            });
        }));
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }
}
