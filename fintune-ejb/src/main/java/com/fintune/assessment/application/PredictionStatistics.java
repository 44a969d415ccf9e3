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

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** What /api/v1/metrics reports: the serving model and its registered evaluation, volume, latency and cache. */
@Stateless
public class PredictionStatistics {

    /**
     * @param modelVersion      the loaded model, or null
     * @param modelProblem      why no model is loaded, or null
     * @param modelEvaluation   the registry's evaluation JSON for that version (or the active one), or null
     * @param predictionsTotal  rows in RISK_ASSESSMENTS
     * @param predictionsLast24h rows of the last 24 hours
     * @param answeredSinceStart predictions this server answered since it started
     * @param latencyP50Ms      median latency over the recent window (null before the first)
     * @param latencyP95Ms      95th percentile
     * @param latencyP99Ms      99th percentile
     * @param cache             the cache's backend, state and counters
     * @param cacheHitRate      hits ÷ lookups since start
     */
    public record Snapshot(String modelVersion, String modelProblem, String modelEvaluation, long predictionsTotal,
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
                .filter(m -> m.getVersion().equals(v)).findFirst()).or(registry::active);
        double[] p = metrics.latencyPercentiles();
        CacheHealth cache = runtime.cacheHealth();
        return new Snapshot(version.orElse(null), runtime.loadProblem().orElse(null),
                registered.map(ModelVersion::getMetricsJson).orElse(null), assessments.count(),
                assessments.countSince(Instant.now().minus(Duration.ofHours(24))), metrics.answeredSinceStart(),
                ms(p[0]), ms(p[1]), ms(p[2]), cache, cache.hitRate());
    }

    private static Double ms(double value) {
        return Double.isNaN(value) ? null : Math.round(value * 100) / 100.0;
    }
}
