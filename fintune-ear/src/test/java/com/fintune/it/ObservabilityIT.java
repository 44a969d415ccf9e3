package com.fintune.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fintune.it.FinTuneServer.Account;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * Operations out of the box: /metrics is where deploy/prometheus/prometheus.yml scrapes it (HTTPS, the read-only
 * monitor account; HTTP answers 302), and every metric that deploy/prometheus/alerts.yml and
 * deploy/grafana/fintune-dashboard.json query is in the server's real /metrics output after some predictions.
 * Also: /api/v1/metrics nests the registered evaluation as a JSON object.
 */
class ObservabilityIT {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String HTTPS = System.getProperty("fintune.it.httpsUrl", "https://localhost:9443");
    static final Path DEPLOY = Path.of(System.getProperty("fintune.it.repoDir", "..")).resolve("deploy");
    /** Series Prometheus makes itself for every target; they are never on /metrics. */
    /** Per-column gauges that exist only once a drift check has measured their column (DriftMonitoringIT). */
    static final Set<String> AFTER_A_DRIFT_CHECK = Set.of("fintune_drift_psi");

    static final Set<String> SCRAPE_SERIES = Set.of("up", "scrape_duration_seconds", "scrape_samples_scraped",
            "scrape_samples_post_metric_relabeling", "scrape_series_added");

    static HttpClient tls;

    @BeforeAll
    static void somePredictions() throws Exception {
        FinTuneServer.awaitReady();
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, new TrustManager[] {new TrustEverything()}, new SecureRandom());
        tls = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).sslContext(context)
                .connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NEVER).build();
        String same = PredictionCalls.application("ObservabilityIT: the same application twice").toString();
        for (int i = 0; i < 2; i++) {
            assertEquals(200, PredictionCalls.post("/api/v1/predict", same, Account.UNDERWRITER).statusCode());
        }
        String batch = "{\"applications\": [" + PredictionCalls.application("ObservabilityIT batch 1") + ","
                + PredictionCalls.application("ObservabilityIT batch 2") + ","
                + PredictionCalls.application("ObservabilityIT batch 3") + "]}";
        assertEquals(200, PredictionCalls.post("/api/v1/batch-predict", batch, Account.INTEGRATION).statusCode());
    }

    @Test
    void metricsOnTheHttpPortRedirectToTheHttpsPortEvenWithCredentials() throws Exception {
        String expected = URI.create(HTTPS).resolve("/metrics").toString();
        for (HttpResponse<String> r : List.of(FinTuneServer.get("/metrics"),
                FinTuneServer.get("/metrics", Account.MONITOR))) {
            assertEquals(302, r.statusCode(), r.body());
            assertEquals(expected, r.headers().firstValue("Location").orElse(""));
        }
    }

    @Test
    void metricsOnTheHttpsPortNeedTheAdministratorOrReaderRole() throws Exception {
        assertEquals(401, scrape(null).statusCode());
        assertEquals(403, scrape(Account.AUDITOR).statusCode());
        assertEquals(200, scrape(Account.ADMIN).statusCode());
        HttpResponse<String> monitor = scrape(Account.MONITOR);
        assertEquals(200, monitor.statusCode());
        assertTrue(monitor.body().contains("# TYPE fintune_predictions_total counter"), monitor.body());
        // the monitor account reads metrics and nothing of the application
        assertEquals(403, FinTuneServer.get("/api/v1/metrics", Account.MONITOR).statusCode());
    }

    @Test
    void everyMetricTheAlertsAndTheDashboardQueryIsExported() throws Exception {
        Set<String> exported = exportedNames(scrape(Account.MONITOR).body());
        Map<String, String> missing = new TreeMap<>();
        List<String> expressions = new ArrayList<>(alertExpressions());
        int alerts = expressions.size();
        expressions.addAll(dashboardExpressions());
        assertTrue(alerts >= 5, "alert rules read: " + alerts);
        assertTrue(expressions.size() - alerts >= 15, "dashboard queries read: " + (expressions.size() - alerts));
        for (String expression : expressions) {
            Set<String> names = PromQlMetricNames.of(expression);
            assertFalse(names.isEmpty(), "no metric found in " + expression);
            for (String name : names) {
                if (!exported.contains(name) && !SCRAPE_SERIES.contains(name) && !AFTER_A_DRIFT_CHECK.contains(name)) {
                    missing.put(name, expression);
                }
            }
        }
        assertTrue(missing.isEmpty(), "queried but not on /metrics: " + missing + "\nexported: " + exported);
    }

    @Test
    void predictionsAreCountedByChannelAndDecisionAndLatencyHasBuckets() throws Exception {
        String body = scrape(Account.MONITOR).body();
        double rest = 0;
        for (String line : body.split("\n")) {
            if (line.startsWith("fintune_predictions_total{")) {
                assertTrue(line.matches(".*decision=\"(APPROVE|REFER|DENY)\".*"), line);
                rest += line.contains("channel=\"REST\"")
                        ? Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)) : 0;
            }
        }
        // two single predictions and an inline batch of three (inline batches are REST predictions)
        assertTrue(rest >= 5, "REST predictions counted: " + rest);
        assertTrue(body.contains("fintune_prediction_latency_seconds_bucket{mp_scope=\"application\",le=\"0.5\""),
                "no latency buckets");
        assertTrue(body.contains("# TYPE fintune_model_queue_waiting gauge"), "no queue-depth gauge");
        assertTrue(body.contains("fintune_model_batch_size_bucket{mp_scope=\"application\",le=\"16.0\""),
                "no micro-batch size buckets");
    }

    @Test
    void metricNamesAreReadFromPromQl() {
        assertEquals(Set.of("fintune_prediction_latency_seconds_bucket"), PromQlMetricNames.of(
                "histogram_quantile(0.95, sum by (instance, le) (rate(fintune_prediction_latency_seconds_bucket"
                        + "{instance=~\"$instance\"}[$__rate_interval]))) > 0.5"));
        assertEquals(Set.of("fintune_batch_active_jobs", "fintune_predictions_total"), PromQlMetricNames.of(
                "sum by (instance) (fintune_batch_active_jobs) > 0 and on (instance) sum by (instance) "
                        + "(increase(fintune_predictions_total{channel=\"BATCH\"}[15m])) == 0"));
        assertEquals(Set.of("memory_usedHeap_bytes", "memory_maxHeap_bytes"),
                PromQlMetricNames.of("memory_usedHeap_bytes / memory_maxHeap_bytes > 0.9e0"));
        assertEquals(Set.of("fintune_model_loaded"),
                PromQlMetricNames.of("label_values(fintune_model_loaded, instance)"));
    }

    @Test
    void apiMetricsNestTheRegisteredEvaluationAsAnObject() throws Exception {
        String version = json(FinTuneServer.get("/api/v1/metrics", Account.AUDITOR)).path("modelVersion").asText();
        assertFalse(version.isEmpty(), "no model version");
        String evaluation = Files.readString(Path.of(System.getProperty("fintune.it.repoDir", ".."))
                .resolve("models/fintune-default/evaluation.json"));
        // the IT server serves the tiny fixture, registered without an evaluation: give it the shipped one's
        setEvaluation(version, evaluation);
        try {
            HttpResponse<String> response = FinTuneServer.get("/api/v1/metrics", Account.AUDITOR);
            assertEquals(200, response.statusCode());
            JsonNode nested = json(response).path("modelEvaluation");
            assertTrue(nested.isObject(), "modelEvaluation is " + nested.getNodeType());
            assertEquals(JSON.readTree(evaluation), nested);
        } finally {
            setEvaluation(version, null);
        }
    }

    private static void setEvaluation(String version, String metricsJson) throws Exception {
        try (Connection db = DriverManager.getConnection(System.getProperty("fintune.it.dbUrl"),
                System.getProperty("fintune.it.dbUser"), System.getProperty("fintune.it.dbPassword"));
             PreparedStatement update = db.prepareStatement(
                     "UPDATE MODEL_VERSIONS SET METRICS_JSON = ? WHERE VERSION = ?")) {
            update.setString(1, metricsJson);
            update.setString(2, version);
            assertEquals(1, update.executeUpdate(), "MODEL_VERSIONS row of " + version);
        }
    }

    private static HttpResponse<String> scrape(Account account) throws Exception {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(HTTPS + "/metrics")).timeout(Duration.ofSeconds(60));
        if (account != null) {
            r.header("Authorization", account.basic());
        }
        return tls.send(r.GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Sample names of a Prometheus text exposition (the part of each sample line before its labels or value). */
    static Set<String> exportedNames(String exposition) {
        Set<String> names = new TreeSet<>();
        for (String line : exposition.split("\n")) {
            if (!line.isBlank() && !line.startsWith("#")) {
                names.add(line.split("[{ ]", 2)[0]);
            }
        }
        return names;
    }

    @SuppressWarnings("unchecked")
    static List<String> alertExpressions() throws Exception {
        Map<String, Object> rules = new Yaml().load(Files.readString(DEPLOY.resolve("prometheus/alerts.yml")));
        List<String> expressions = new ArrayList<>();
        for (Map<String, Object> group : (List<Map<String, Object>>) rules.get("groups")) {
            for (Map<String, Object> rule : (List<Map<String, Object>>) group.get("rules")) {
                expressions.add(String.valueOf(rule.get("expr")));
            }
        }
        return expressions;
    }

    static List<String> dashboardExpressions() throws Exception {
        JsonNode dashboard = JSON.readTree(DEPLOY.resolve("grafana/fintune-dashboard.json").toFile());
        List<String> expressions = new ArrayList<>();
        for (JsonNode panel : dashboard.path("panels")) {
            for (JsonNode target : panel.path("targets")) {
                expressions.add(target.path("expr").asText());
            }
        }
        for (JsonNode variable : dashboard.path("templating").path("list")) {
            if ("query".equals(variable.path("type").asText())) {
                expressions.add(variable.path("definition").asText());
            }
        }
        return expressions;
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body());
    }
}
