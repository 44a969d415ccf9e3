package com.fintune.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fintune.it.FinTuneServer.Account;
import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A protected endpoint answers 401 without credentials, 403 with the wrong role and 200 with the right one. */
class ApiSecurityIT {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String SCHEMA = "/api/v1/system/schema";

    @BeforeAll
    static void ready() throws Exception {
        FinTuneServer.awaitReady();
    }

    @Test
    void anonymousCallerGets401AsProblemJson() throws Exception {
        HttpResponse<String> response = FinTuneServer.get(SCHEMA);
        assertEquals(401, response.statusCode(), response.body());
        assertProblem(response, 401);
    }

    @Test
    void wrongPasswordGets401() throws Exception {
        HttpResponse<String> response = FinTuneServer.CLIENT.send(FinTuneServer.request(SCHEMA)
                        .header("Authorization", "Basic " + java.util.Base64.getEncoder()
                                .encodeToString("admin:not-the-password".getBytes()))
                        .GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(401, response.statusCode(), response.body());
    }

    @Test
    void underwriterGets403AsProblemJson() throws Exception {
        HttpResponse<String> response = FinTuneServer.get(SCHEMA, Account.UNDERWRITER);
        assertEquals(403, response.statusCode(), response.body());
        assertProblem(response, 403);
    }

    @Test
    void adminSeesTheMigratedSchema() throws Exception {
        HttpResponse<String> response = FinTuneServer.get(SCHEMA, Account.ADMIN);
        assertEquals(200, response.statusCode(), response.body());
        JsonNode body = JSON.readTree(response.body());
        assertTrue(body.path("ready").asBoolean());
        assertTrue(body.path("migrationsApplied").asInt() >= 1);
        Set<String> tables = new HashSet<>();
        body.path("tables").forEach(t -> tables.add(t.asText()));
        for (String table : Set.of("APPLICATIONS", "CUSTOMERS", "RISK_ASSESSMENTS", "PROPERTY_DETAILS",
                "MORTGAGE_PRODUCTS", "DOCUMENTS_REGISTRY", "AUDIT_LOG", "MODEL_VERSIONS",
                "APPLICANT_DEMOGRAPHICS", "FLYWAY_SCHEMA_HISTORY")) {
            assertTrue(tables.contains(table), table + " missing from " + tables);
        }
    }

    @Test
    void auditorMayReadTheSchemaToo() throws Exception {
        assertEquals(200, FinTuneServer.get(SCHEMA, Account.AUDITOR).statusCode());
    }

    static void assertProblem(HttpResponse<String> response, int status) throws Exception {
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                "content type " + response.headers().firstValue("Content-Type"));
        JsonNode body = JSON.readTree(response.body());
        assertEquals(status, body.path("status").asInt());
        assertTrue(body.hasNonNull("title") && body.hasNonNull("detail"), response.body());
    }
}
