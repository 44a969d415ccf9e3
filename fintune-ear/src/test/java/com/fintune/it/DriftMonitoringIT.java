package com.fintune.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fintune.it.FinTuneServer.Account;
import com.fintune.ml.data.LabeledApplication;
import com.fintune.ml.data.LoanApplication;
import com.fintune.ml.data.generator.GeneratorOptions;
import com.fintune.ml.data.generator.SyntheticLender;
import com.fintune.ml.serving.ApplicationJson;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Drift on Liberty. The ITs serve the tiny fixture model, and the server compares with
 * src/test/resources/drift/tiny-roberta-drift-reference.json (fintune.drift.reference in the pom): that model's
 * reference, computed by {@code fintune drift-reference} from 5,000 applications of the synthetic lender, seed 5151.
 * The test posts 480 applications of the same lender (seed 5153) unchanged, then 480 (seed 5152) with DTI 15 points
 * higher on every one, runs the drift-check job over each set's predictions only (job parameter {@code from}), and
 * reads the results back: the unchanged set keeps every input column OK, so the shifted one crosses the act level
 * (one audit entry per column that crossed).
 */
class DriftMonitoringIT {

    private static final int APPLICATIONS = 480;
    private static final int INLINE_MAX = 32;
    private static final List<String> UNTOUCHED = List.of("credit_score", "loan_amount_k", "ltv", "annual_income_k",
            "years_employed", "note_length_words");

    /** Columns computed from DTI: its categories, the program limits, the hard-risk flag, agency eligibility. */
    private static final java.util.regex.Pattern DTI_DERIVED =
            java.util.regex.Pattern.compile("dti|high_risk_flag|meets_criteria");

    @BeforeAll
    static void ready() throws Exception {
        FinTuneServer.awaitReady();
    }

    @Test
    void shiftedDtiActsWhileUntouchedFeaturesStayOk() throws Exception {
        // first the same source unchanged: every input column OK, so that the shifted check below crosses
        Instant unchangedFrom = Instant.now(); // the server runs on this host's clock
        post(new SyntheticLender(GeneratorOptions.withSeed(5153)).generate(APPLICATIONS), a -> a);
        JsonNode unchanged = checkSince(unchangedFrom, "MEASURED ACT=0 ");
        for (JsonNode c : unchanged.path("columns")) {
            if (c.path("kind").asText().equals("FEATURE") || c.path("kind").asText().equals("TEXT")) {
                assertTrue(c.path("psi").asDouble() <= 0.1, "unchanged source: " + c);
            }
        }

        // the unchanged check's window ended after its last prediction: start exactly there
        Instant from = Instant.parse(unchanged.path("to").asText());
        post(new SyntheticLender(GeneratorOptions.withSeed(5152)).generate(APPLICATIONS), DriftMonitoringIT::shifted);
        JsonNode drift = checkSince(from, "MEASURED ACT=");
        String response = drift.toString();
        assertEquals("MEASURED", drift.path("status").asText(), response);
        assertEquals(APPLICATIONS, drift.path("predictions").asInt(), response);
        assertTrue(drift.path("scoresComparable").asBoolean(), "the reference is the served model's: " + response);
        assertEquals(0.1, drift.path("watch").asDouble(), 1e-9);
        assertEquals(0.25, drift.path("act").asDouble(), 1e-9);
        Map<String, JsonNode> columns = new HashMap<>();
        drift.path("columns").forEach(c -> columns.put(c.path("name").asText(), c));
        assertTrue(columns.containsKey("risk_score") && columns.containsKey("reason_dti")
                && columns.containsKey("note_out_of_vocabulary"), response);
        JsonNode dti = columns.get("dti");
        assertTrue(dti.path("psi").asDouble() > 0.25, "dti: " + dti);
        assertEquals("ACT", dti.path("level").asText(), dti.toString());
        for (String name : UNTOUCHED) {
            JsonNode c = columns.get(name);
            assertTrue(c.path("psi").asDouble() <= 0.1, name + ": " + c);
            assertEquals("OK", c.path("level").asText(), c.toString());
        }
        // every input column that DTI does not feed stays OK; the model's outputs may move (they read DTI)
        for (JsonNode c : columns.values()) {
            String name = c.path("name").asText();
            boolean input = c.path("kind").asText().equals("FEATURE") || c.path("kind").asText().equals("TEXT");
            if (input && !DTI_DERIVED.matcher(name).find()) {
                assertTrue(c.path("psi").asDouble() <= 0.1, name + ": " + c);
            }
        }
        long runId = drift.path("runId").asLong();
        assertTrue(MonitoringJobs.auditEntries("DRIFT_ACT_THRESHOLD", "drift-run:" + runId + " column dti PSI") == 1,
                "one audit entry for dti crossing the act threshold in run " + runId);
        String metrics = MonitoringJobs.scrapeMetrics();
        assertTrue(metrics.lines().anyMatch(l -> l.startsWith("fintune_drift_psi{") && l.contains("column=\"dti\"")
                && Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)) > 0.25), "dti gauge on /metrics");
        assertTrue(metrics.lines().anyMatch(l -> l.startsWith("fintune_drift_columns_act")
                && Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)) >= 1), "act-column gauge on /metrics");
        assertEquals(200, FinTuneServer.get("/api/v1/monitoring/drift", Account.ADMIN).statusCode());
        assertEquals(403, FinTuneServer.get("/api/v1/monitoring/drift", Account.UNDERWRITER).statusCode());
        assertEquals(403, FinTuneServer.get("/api/v1/monitoring/drift", Account.INTEGRATION).statusCode());
        assertEquals(401, FinTuneServer.get("/api/v1/monitoring/drift").statusCode());
    }

    @Test
    void aBadJobParameterFailsTheJob() throws Exception {
        JsonNode execution = MonitoringJobs.runToEnd("drift-check", "windowDays", "soon");
        assertEquals("FAILED", execution.path("batchStatus").asText(), execution.toString());
    }

    /** Posts the applications inline, 32 a request, each changed by {@code change}. */
    private static void post(List<LabeledApplication> apps, java.util.function.UnaryOperator<LoanApplication> change)
            throws Exception {
        for (int start = 0; start < apps.size(); start += INLINE_MAX) {
            ObjectNode body = PredictionCalls.JSON.createObjectNode();
            ArrayNode items = body.putArray("applications");
            for (LabeledApplication a : apps.subList(start, Math.min(apps.size(), start + INLINE_MAX))) {
                items.add(PredictionCalls.JSON.readTree(ApplicationJson.write(change.apply(a.application()))));
            }
            HttpResponse<String> answered = PredictionCalls.post("/api/v1/batch-predict", body.toString(),
                    Account.INTEGRATION);
            assertEquals(200, answered.statusCode(), answered.body());
        }
    }

    /** Runs drift-check over predictions since {@code from} and returns GET /monitoring/drift (AUDITOR). */
    private static JsonNode checkSince(Instant from, String exitPrefix) throws Exception {
        JsonNode execution = MonitoringJobs.runToEnd("drift-check", "from", from.toString());
        assertEquals("COMPLETED", execution.path("batchStatus").asText(), execution.toString());
        assertTrue(execution.path("exitStatus").asText().startsWith(exitPrefix), execution.toString());
        HttpResponse<String> response = FinTuneServer.get("/api/v1/monitoring/drift", Account.AUDITOR);
        assertEquals(200, response.statusCode(), response.body());
        return PredictionCalls.JSON.readTree(response.body());
    }

    private static LoanApplication shifted(LoanApplication a) {
        return a.dtiPercent() == null ? a : a.toBuilder().dtiPercent(a.dtiPercent() + 15).build();
    }
}
