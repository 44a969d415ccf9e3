package com.fintune.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fintune.it.FinTuneServer.Account;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The fair-lending monitor's shape and roles: predictions of stored (demo) applications, whose applicants have
 * demographics, show up per model version with AIR and SMD rows; predictions sent inline are only counted.
 */
class FairLendingMonitorIT {

    private static final String PATH = "/api/v1/monitoring/fair-lending";

    @BeforeAll
    static void ready() throws Exception {
        FinTuneServer.awaitReady();
    }

    @Test
    void inlinePredictionsAreOnlyCounted() throws Exception {
        String inline = PredictionCalls.application("FairLendingMonitorIT: an application sent inline").toString();
        assertEquals(200, PredictionCalls.post("/api/v1/predict", inline, Account.UNDERWRITER).statusCode());
        HttpResponse<String> response = FinTuneServer.get(PATH + "?days=1", Account.ADMIN);
        assertEquals(200, response.statusCode(), response.body());
        JsonNode report = PredictionCalls.JSON.readTree(response.body());
        assertTrue(report.path("models").size() >= 1, response.body());
        for (JsonNode m : report.path("models")) {
            assertTrue(m.path("predictions").asLong() >= 1, m.toString());
            assertTrue(m.path("predictions").asLong() >= m.path("withDemographics").asLong(), m.toString());
            if (m.path("withDemographics").asInt() == 0) {
                assertEquals(0, m.path("groups").size(), m.toString());
                assertEquals(4, m.path("dimensionsSkipped").size(), "race, ethnicity, sex, age: " + m);
            }
        }
    }

    @Test
    void predictionsOfStoredApplicationsAreJudgedPerModelVersion() throws Exception {
        // the demo applications (with demographics) are seeded on H2 only; PostgreSQL starts without any
        Assumptions.assumeFalse("postgresql".equals(System.getProperty("fintune.it.db")),
                "no stored applications with demographics on PostgreSQL");
        awaitDemoApplications(40);
        int predicted = 0;
        for (int id = 1; id <= 60 && predicted < 40; id++) {
            ObjectNode body = PredictionCalls.JSON.createObjectNode().put("applicationId", id);
            HttpResponse<String> answer = PredictionCalls.post("/api/v1/predict", body.toString(), Account.UNDERWRITER);
            if (answer.statusCode() == 200) {
                predicted++;
            }
        }
        assertTrue(predicted >= 20, "stored applications predicted: " + predicted);

        HttpResponse<String> response = FinTuneServer.get(PATH + "?days=7", Account.AUDITOR);
        assertEquals(200, response.statusCode(), response.body());
        JsonNode report = PredictionCalls.JSON.readTree(response.body());
        assertEquals(7, report.path("days").asInt());
        assertEquals(0.80, report.path("airFloor").asDouble(), 1e-9);
        assertEquals(30, report.path("minimumGroupCount").asInt());
        assertTrue(report.path("coverage").asText().contains("demographics"), response.body());
        JsonNode serving = null;
        for (JsonNode m : report.path("models")) {
            if (m.path("withDemographics").asInt() > 0) {
                serving = m;
            }
        }
        assertTrue(serving != null, "a model version with predictions of stored applications: " + response.body());
        assertTrue(serving.path("predictions").asLong() >= serving.path("withDemographics").asLong());
        assertTrue(serving.path("groups").isArray() && serving.path("groups").size() > 0, serving.toString());
        boolean sawSex = false;
        for (JsonNode g : serving.path("groups")) {
            for (String field : new String[] {"dimension", "group", "control", "count", "approvalRate", "meanRisk",
                    "standardizedMeanDifference", "judged", "belowFloor"}) {
                assertTrue(g.has(field), field + " missing: " + g);
            }
            sawSex |= g.path("dimension").asText().equals("sex");
            if (g.path("count").asInt() < 30) {
                assertEquals(false, g.path("judged").asBoolean(), "too few to judge: " + g);
            }
            if (g.path("group").asText().equals(g.path("control").asText()) && g.path("judged").asBoolean()) {
                assertEquals(1.0, g.path("adverseImpactRatio").asDouble(), 1e-9, g.toString());
            }
        }
        assertTrue(sawSex || serving.path("dimensionsSkipped").toString().contains("sex"), serving.toString());
    }

    @Test
    void onlyAdministratorsAndAuditorsMayReadIt() throws Exception {
        assertEquals(200, FinTuneServer.get(PATH, Account.ADMIN).statusCode());
        assertEquals(403, FinTuneServer.get(PATH, Account.UNDERWRITER).statusCode());
        assertEquals(403, FinTuneServer.get(PATH, Account.INTEGRATION).statusCode());
        assertEquals(401, FinTuneServer.get(PATH).statusCode());
        HttpResponse<String> bad = FinTuneServer.get(PATH + "?days=0", Account.ADMIN);
        assertEquals(400, bad.statusCode(), bad.body());
        assertTrue(bad.body().contains("days"), bad.body());
    }

    /** The demo seeder fills APPLICATIONS a second after readiness. */
    private static void awaitDemoApplications(int atLeast) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (System.nanoTime() < deadline) {
            HttpResponse<String> count = FinTuneServer.get("/api/v1/applications/count", Account.UNDERWRITER);
            if (count.statusCode() == 200 && PredictionCalls.JSON.readTree(count.body()).path("total").asInt() >= atLeast) {
                return;
            }
            Thread.sleep(1000);
        }
    }
}
