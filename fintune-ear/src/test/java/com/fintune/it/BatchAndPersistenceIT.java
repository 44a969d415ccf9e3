package com.fintune.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fintune.it.FinTuneServer.Account;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Hibernate reads the schema through the JPA entities, and a Jakarta Batch job runs to completion. */
class BatchAndPersistenceIT {

    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void ready() throws Exception {
        FinTuneServer.awaitReady();
    }

    @Test
    void applicationCountsComeFromTheDatabaseThroughJpa() throws Exception {
        HttpResponse<String> response = FinTuneServer.get("/api/v1/applications/count", Account.UNDERWRITER);
        assertEquals(200, response.statusCode(), response.body());
        JsonNode body = JSON.readTree(response.body());
        assertTrue(body.path("total").isNumber(), response.body());
        long sum = 0;
        for (String status : new String[] {"RECEIVED", "IN_REVIEW", "DECIDED", "WITHDRAWN"}) {
            assertTrue(body.path("byStatus").has(status), status + " missing: " + response.body());
            sum += body.path("byStatus").path(status).asLong();
        }
        assertEquals(body.path("total").asLong(), sum, "statuses must add up to the total");
        assertEquals(403, FinTuneServer.get("/api/v1/applications/count", Account.INTEGRATION).statusCode());
    }

    @Test
    void smokeJobCompletes() throws Exception {
        HttpResponse<String> started = FinTuneServer.CLIENT.send(
                FinTuneServer.request("/api/v1/system/batch/jobs/fintune-smoke")
                        .header("Authorization", Account.ADMIN.basic())
                        .POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(202, started.statusCode(), started.body());
        long id = JSON.readTree(started.body()).path("executionId").asLong();

        JsonNode execution = null;
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            execution = JSON.readTree(
                    FinTuneServer.get("/api/v1/system/batch/executions/" + id, Account.ADMIN).body());
            String status = execution.path("batchStatus").asText();
            if (status.equals("COMPLETED") || status.equals("FAILED") || status.equals("ABANDONED")) {
                break;
            }
            Thread.sleep(500);
        }
        assertEquals("COMPLETED", execution.path("batchStatus").asText(), String.valueOf(execution));
        assertTrue(execution.path("exitStatus").asText().startsWith("TABLES="), String.valueOf(execution));
    }

    @Test
    void onlyAdministratorsStartJobs() throws Exception {
        HttpResponse<String> response = FinTuneServer.CLIENT.send(
                FinTuneServer.request("/api/v1/system/batch/jobs/fintune-smoke")
                        .header("Authorization", Account.UNDERWRITER.basic())
                        .POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(403, response.statusCode(), response.body());
    }
}
