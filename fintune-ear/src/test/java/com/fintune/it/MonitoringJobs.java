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

    /** /metrics over HTTPS as the monitor account (Prometheus' view). */
    static String scrapeMetrics() throws Exception {
        javax.net.ssl.SSLContext context = javax.net.ssl.SSLContext.getInstance("TLS");
        context.init(null, new javax.net.ssl.TrustManager[] {new TrustEverything()}, new java.security.SecureRandom());
        java.net.http.HttpClient tls = java.net.http.HttpClient.newBuilder()
                .version(java.net.http.HttpClient.Version.HTTP_1_1).sslContext(context)
                .connectTimeout(Duration.ofSeconds(10)).build();
        String https = System.getProperty("fintune.it.httpsUrl", "https://localhost:9443");
        HttpResponse<String> r = tls.send(HttpRequest.newBuilder(java.net.URI.create(https + "/metrics"))
                .header("Authorization", Account.MONITOR.basic()).timeout(Duration.ofSeconds(60)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return r.body();
    }

    /** Audit entries of one action whose subject contains {@code text}, read over JDBC as the ITs' database user. */
    static int auditEntries(String action, String text) throws Exception {
        try (java.sql.Connection db = java.sql.DriverManager.getConnection(System.getProperty("fintune.it.dbUrl"),
                System.getProperty("fintune.it.dbUser"), System.getProperty("fintune.it.dbPassword"));
             java.sql.PreparedStatement q = db.prepareStatement(
                     "select count(*) from AUDIT_LOG where ACTION = ? and SUBJECT like ?")) {
            q.setString(1, action);
            q.setString(2, "%" + text + "%");
            try (java.sql.ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
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
