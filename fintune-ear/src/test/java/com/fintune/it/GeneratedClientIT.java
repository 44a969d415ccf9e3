package com.fintune.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fintune.client.ApiClient;
import com.fintune.client.ApiException;
import com.fintune.client.api.ApplicationsApi;
import com.fintune.client.api.AuditApi;
import com.fintune.client.api.ModelsApi;
import com.fintune.client.api.MonitoringApi;
import com.fintune.client.api.PredictionsApi;
import com.fintune.client.api.SystemApi;
import com.fintune.client.api.TaxonomyApi;
import com.fintune.client.model.ActivityReport;
import com.fintune.client.model.BatchRequest;
import com.fintune.client.model.BatchResults;
import com.fintune.client.model.BatchStatus;
import com.fintune.client.model.BatchSubmission;
import com.fintune.client.model.ExecutionView;
import com.fintune.client.model.LoanApplication;
import com.fintune.client.model.ModelRouting;
import com.fintune.client.model.ModelStatus;
import com.fintune.client.model.ModelVersion;
import com.fintune.client.model.PredictRequest;
import com.fintune.client.model.PredictionAnswer;
import com.fintune.client.model.PredictionMetrics;
import com.fintune.client.model.Problem;
import com.fintune.client.model.StoredPrediction;
import com.fintune.it.FinTuneServer.Account;
import com.fintune.ml.serving.PredictExample;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A loan-origination system's view: the Java client generated from the committed OpenAPI document (the build's
 * openapi-generator step; OpenApiContractIT holds that document equal to /openapi) predicts, submits a batch job and
 * follows it, reads the metrics and reads a problem. Its JSON mapper refuses unknown fields, so an answer with a
 * field the document does not declare, or a code outside a declared enum, fails here. The ITs serve a tiny fixture
 * model with arbitrary figures, so only the shape and the ranges of answers are checked.
 */
class GeneratedClientIT {

    /** The generated client's own JSON mapper (java.time, its date formats), refusing unknown fields. */
    static final com.fasterxml.jackson.databind.ObjectMapper STRICT = new ApiClient().getObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    @BeforeAll
    static void ready() throws Exception {
        FinTuneServer.awaitReady();
    }

    /** The predictions API for one account. */
    static PredictionsApi api(Account account) {
        return new PredictionsApi(client(account));
    }

    /** The generated client for one account: HTTP/1.1 (FinTuneServer says why), Basic credentials, strict JSON. */
    static ApiClient client(Account account) {
        ApiClient client = new ApiClient();
        client.setHttpClientBuilder(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)));
        client.updateBaseUri(FinTuneServer.BASE);
        client.setReadTimeout(Duration.ofSeconds(60));
        client.setRequestInterceptor(request -> request.header("Authorization", account.basic()));
        client.setObjectMapper(STRICT);   // getObjectMapper() hands out a copy
        return client;
    }

    /** The documented example application, read into the generated model (so it fits the schema). */
    static LoanApplication example(PredictionsApi api) throws Exception {
        return STRICT.readValue(PredictExample.request(), LoanApplication.class);
    }

    @Test
    void predictsAndReadsThePredictionBack() throws Exception {
        PredictionsApi api = api(Account.UNDERWRITER);
        PredictionAnswer answer = api.predict(new PredictRequest(example(api)), "generated-client-predict");
        assertShape(answer);
        StoredPrediction stored = api.getPrediction(String.valueOf(answer.getPredictionId()));
        assertEquals(answer.getPredictionId(), stored.getPredictionId());
        assertEquals(answer.getRiskScore(), stored.getAnswer().getRiskScore());
        assertEquals(answer.getDecision(), stored.getAnswer().getDecision());
    }

    @Test
    void submitsABatchJobAndFollowsItToItsAnswers() throws Exception {
        PredictionsApi api = api(Account.INTEGRATION);
        LoanApplication application = example(api);
        List<PredictRequest> items = new ArrayList<>();
        for (int i = 0; i < 33; i++) {   // one over the inline limit (fintune.batch.inline-max, 32): a batch job
            items.add(new PredictRequest(example(api).loanAmount(application.getLoanAmount() + 1000 * i)));
        }
        BatchSubmission submitted = api.submitBatch(new BatchRequest().applications(items), "generated-client-batch");
        BatchStatus status = assertInstanceOf(BatchStatus.class, submitted.getActualInstance(), "202: a batch job");
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (!List.of("COMPLETED", "FAILED").contains(status.getStatus().getValue())
                && System.nanoTime() < deadline) {
            Thread.sleep(500);
            status = api.getBatch(status.getId());
        }
        assertEquals("COMPLETED", status.getStatus().getValue(), status.toString());
        assertEquals(33, (int) status.getTotal());
        assertEquals(33, (int) status.getDone());
        assertEquals(33, status.getResults().size());
        status.getResults().forEach(GeneratedClientIT::assertShape);
        assertNotNull(status.getFinishedAt());

        BatchSubmission inline = api.submitBatch(new BatchRequest().applications(items.subList(0, 2)), null);
        BatchResults results = assertInstanceOf(BatchResults.class, inline.getActualInstance(), "200: answered at once");
        assertEquals(2, (int) results.getCount());
        results.getResults().forEach(GeneratedClientIT::assertShape);
    }

    @Test
    void readsTheMetrics() throws Exception {
        api(Account.UNDERWRITER).predict(new PredictRequest(example(api(Account.UNDERWRITER))), null);
        PredictionMetrics metrics = api(Account.AUDITOR).getMetrics();
        assertTrue(metrics.getPredictionsTotal() >= 1, metrics.toString());
        assertNotNull(metrics.getModelVersion(), metrics.toString());
        assertTrue(metrics.getCacheHitRate() >= 0 && metrics.getCacheHitRate() <= 1, metrics.toString());
        assertNotNull(metrics.getCache().getBackend(), metrics.toString());
    }

    @Test
    void aRefusalIsTheDocumentedProblem() throws Exception {
        PredictionsApi api = api(Account.UNDERWRITER);
        ApiException refused = assertThrows(ApiException.class,
                () -> api.predict(new PredictRequest(example(api).termMonths(5)), null));
        assertEquals(400, refused.getCode());
        Problem problem = STRICT.readValue(refused.getResponseBody(), Problem.class);
        assertEquals(400, (int) problem.getStatus());
        assertEquals("termMonths", problem.getErrors().get(0).getField());
        assertEquals("must be between 12 and 480, was 5", problem.getErrors().get(0).getMessage());

        ApiException forbidden = assertThrows(ApiException.class, () -> api(Account.UNDERWRITER).getMetrics());
        assertEquals(403, forbidden.getCode());
        assertEquals(403, (int) STRICT
                .readValue(forbidden.getResponseBody(), Problem.class).getStatus());
    }

    /** The other areas' answers read through their generated APIs (other ITs check their figures). */
    @Test
    void readsTheAuditMonitoringAndSystemAnswers() throws Exception {
        ApiClient auditor = client(Account.AUDITOR);
        assertEquals("FULL", new AuditApi(auditor).verifyAudit("full").getMode().getValue());
        ActivityReport activity = new MonitoringApi(auditor).getAccuracy("7");
        assertNotNull(activity.getDays(), activity.toString());
        assertNotNull(new MonitoringApi(auditor).getFairLending("30").getModels());
        try {
            assertNotNull(new MonitoringApi(auditor).getDrift().getStatus());
        } catch (ApiException none) {
            assertEquals(404, none.getCode(), "no drift check yet: " + none.getResponseBody());
        }
        ApiClient admin = client(Account.ADMIN);
        assertNotNull(new SystemApi(admin).getSchema().getVersion());
        assertTrue(new ApplicationsApi(admin).countApplications().getTotal() >= 0);
        assertEquals(12, new TaxonomyApi(client(Account.UNDERWRITER)).listCategories().size());
        ExecutionView started = new SystemApi(admin).startBatchJob("fintune-smoke");
        assertEquals(started.getExecutionId(),
                new SystemApi(admin).getBatchJobExecution(started.getExecutionId()).getExecutionId());
    }

    /**
     * The model registry read through its generated API (ADMIN only); ModelRegistryIT checks the lifecycle itself,
     * and may run on the same server, so only what always holds is checked: one loaded CHAMPION, a split of 100.
     */
    @Test
    void listsTheModelsAndReadsTheChampionAndTheSplit() throws Exception {
        ModelsApi models = new ModelsApi(client(Account.ADMIN));
        List<ModelVersion> all = models.listModels();
        ModelVersion champion = all.stream().filter(m -> m.getStatus() == ModelStatus.CHAMPION).findFirst()
                .orElseThrow(() -> new AssertionError("no CHAMPION in " + all));
        assertTrue(champion.getLoaded(), champion.toString());
        assertTrue(!champion.getFiles().isEmpty(), champion.toString());
        ModelVersion one = models.getModel(champion.getVersion());
        assertEquals(champion.getVersion(), one.getVersion());
        assertNotNull(one.getHistory(), one.toString());
        assertNotNull(one.getShadowPredictions(), one.toString());
        ModelRouting routing = models.getModelRouting();
        assertEquals(100, routing.getWeights().values().stream().mapToInt(Integer::intValue).sum(),
                routing.toString());
        assertNotNull(models.listShadowPredictions(champion.getVersion(), "5"));

        ApiException forbidden = assertThrows(ApiException.class,
                () -> new ModelsApi(client(Account.UNDERWRITER)).listModels());
        assertEquals(403, forbidden.getCode());
        ApiException unknown = assertThrows(ApiException.class, () -> models.getModel("no-such-version"));
        assertEquals(404, STRICT.readValue(unknown.getResponseBody(), Problem.class).getStatus());
    }

    /** What the schema promises of every answer; the figures themselves are the fixture model's. */
    static void assertShape(PredictionAnswer answer) {
        assertNotNull(answer, "an answer");
        assertTrue(answer.getPredictionId() > 0, answer.toString());
        assertNotNull(answer.getDecision(), answer.toString());
        assertTrue(answer.getRiskScore() >= 0 && answer.getRiskScore() <= 100, answer.toString());
        assertTrue(answer.getReasons().size() <= 4, answer.toString());
        Map<String, Object> probabilities = new com.fasterxml.jackson.databind.ObjectMapper()
                .convertValue(answer.getProbabilities(), Map.class);
        assertEquals(12, probabilities.size(), probabilities.toString());
        probabilities.values().forEach(p -> assertTrue(((Number) p).doubleValue() >= 0
                && ((Number) p).doubleValue() <= 1, probabilities.toString()));
        assertNotNull(answer.getModelVersion());
        assertNotNull(answer.getRiskSummary());
    }
}
