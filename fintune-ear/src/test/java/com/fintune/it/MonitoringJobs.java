package com.fintune.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fintune.it.FinTuneServer.Account;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** Starts a batch job with parameters and waits for its end (the monitoring ITs' helper). */
final class MonitoringJobs {

    private MonitoringJobs() {
    }

    /** Starts {@code job} as ADMIN with {@code name=value} query parameters and returns its last execution view. */
    static JsonNode runToEnd(String job, String... nameThenValue) throws Exception {
        StringBuilder query = new StringBuilder();
        for (int i = 0; i + 1 < nameThenValue.length; i += 2) {
            query.append(query.length() == 0 ? '?' : '&').append(nameThenValue[i]).append('=')
                    .append(URLEncoder.encode(nameThenValue[i + 1], StandardCharsets.UTF_8));
        }
        HttpResponse<String> started = FinTuneServer.CLIENT.send(
                FinTuneServer.request("/api/v1/system/batch/jobs/" + job + query)
                        .header("Authorization", Account.ADMIN.basic())
                        .POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(202, started.statusCode(), started.body());
        long id = PredictionCalls.JSON.readTree(started.body()).path("executionId").asLong();
        JsonNode execution = null;
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < deadline) {
            execution = PredictionCalls.JSON.readTree(
                    FinTuneServer.get("/api/v1/system/batch/executions/" + id, Account.ADMIN).body());
            String status = execution.path("batchStatus").asText();
            if (status.equals("COMPLETED") || status.equals("FAILED") || status.equals("ABANDONED")) {
                return execution;
            }
            Thread.sleep(500);
        }
        return execution;
    }
}
