package com.fintune.assessment.application;

import com.fintune.assessment.infrastructure.RiskAssessmentRepository;
import com.fintune.assessment.infrastructure.cache.CacheHealth;
import com.fintune.modelregistry.domain.ModelVersion;
import com.fintune.modelregistry.service.ModelRegistryService;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;

import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/** What /api/v1/metrics reports: the serving model and its registered evaluation, volume, latency and cache. */
@Stateless
public class PredictionStatistics {

    private static final Logger LOG = Logger.getLogger(PredictionStatistics.class.getName());

    /**
     * @param modelVersion      the loaded model, or null
     * @param modelProblem      why no model is loaded, or null
     * @param modelEvaluation   the registry's evaluation for that version (or the active one) as a JSON object, as
     *                          evaluation.json has it; null when there is none or it is not a JSON object
     * @param predictionsTotal  rows in RISK_ASSESSMENTS
     * @param predictionsLast24h rows of the last 24 hours
     * @param answeredSinceStart predictions this server answered since it started
     * @param latencyP50Ms      median latency over the recent window (null before the first)
     * @param latencyP95Ms      95th percentile
     * @param latencyP99Ms      99th percentile
     * @param cache             the cache's backend, state and counters
     * @param cacheHitRate      hits ÷ lookups since start
     */
    public record Snapshot(String modelVersion, String modelProblem, JsonObject modelEvaluation, long predictionsTotal,
                           long predictionsLast24h, long answeredSinceStart, Double latencyP50Ms,
                           Double latencyP95Ms, Double latencyP99Ms, CacheHealth cache, double cacheHitRate) {
    }

    @EJB
    private ModelRuntime runtime;

    @EJB
    private ModelRegistryService registry;

    @Inject
    private RiskAssessmentRepository assessments;

    @Inject
    private PredictionMetrics metrics;

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Snapshot snapshot() {
        Optional<String> version = runtime.modelVersion();
        Optional<ModelVersion> registered = version.flatMap(v -> registry.all().stream()
                .filter(m -> m.getVersion().equals(v)).findFirst()).or(registry::champion);
        double[] p = metrics.latencyPercentiles();
        CacheHealth cache = runtime.cacheHealth();
        return new Snapshot(version.orElse(null), runtime.loadProblem().orElse(null),
                registered.map(ModelVersion::getMetricsJson).map(PredictionStatistics::jsonObject).orElse(null),
                assessments.count(),
                assessments.countSince(Instant.now().minus(Duration.ofHours(24))), metrics.answeredSinceStart(),
                ms(p[0]), ms(p[1]), ms(p[2]), cache, cache.hitRate());
    }

    /** The stored evaluation as a JSON object (so the API nests it instead of quoting it as a string). */
    static JsonObject jsonObject(String json) {
        if (json == null || json.isBlank()) {
            return null;
        }
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            JsonValue value = reader.readValue();
            return value.getValueType() == JsonValue.ValueType.OBJECT ? value.asJsonObject() : null;
        } catch (JsonException e) {
            LOG.log(Level.WARNING, "the registered evaluation is not readable JSON; /api/v1/metrics leaves it out", e);
            return null;
        }
    }

    private static Double ms(double value) {
        return Double.isNaN(value) ? null : Math.round(value * 100) / 100.0;
    }
}
