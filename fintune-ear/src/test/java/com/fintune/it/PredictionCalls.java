package com.fintune.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fintune.it.FinTuneServer.Account;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Requests the prediction ITs share: a sample application and POST/GET helpers. */
final class PredictionCalls {

    static final ObjectMapper JSON = new ObjectMapper();

    private PredictionCalls() {
    }

    /** A complete, valid application; {@code notes} makes it unique (so the cache has not seen it). */
    static ObjectNode application(String notes) {
        ObjectNode a = JSON.createObjectNode();
        a.put("loanAmount", 350000).put("purpose", "PURCHASE").put("product", "CONVENTIONAL").put("termMonths", 360)
                .put("lienStatus", "FIRST").put("occupancy", "PRINCIPAL_RESIDENCE").put("propertyValue", 400000)
                .put("propertyType", "SINGLE_FAMILY").put("propertyYearBuilt", 1998).put("state", "OH")
                .put("annualIncome", 96000).put("monthlyDebts", 1200).put("monthlyHousingPayment", 2576)
                .put("creditScore", 700).put("dtiPercent", 47.2).put("ltvPercent", 87.5).put("cltvPercent", 87.5)
                .put("employmentStatus", "SALARIED").put("yearsEmployed", 5).put("liquidReserves", 60000)
                .put("cashToClose", 55000).put("priorBankruptcy", false).put("priorForeclosure", false)
                .put("collectionsCount", 0).put("latePayments24m", 0).put("creditHistoryMonths", 120)
                .put("tradelines", 8).put("incomeVerified", true).put("employmentVerified", true)
                .put("assetsVerified", true).put("underwriterNotes", notes);
        return a;
    }

    static HttpResponse<String> post(String path, String body, Account account) throws Exception {
        HttpRequest.Builder r = FinTuneServer.request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (account != null) {
            r.header("Authorization", account.basic());
        }
        return FinTuneServer.CLIENT.send(r.build(), HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode json(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body());
    }

    /** Predictions stored so far (RISK_ASSESSMENTS rows), read as ADMIN from /api/v1/metrics. */
    static long storedPredictions() throws Exception {
        return json(FinTuneServer.get("/api/v1/metrics", Account.ADMIN)).path("predictionsTotal").asLong();
    }
}
