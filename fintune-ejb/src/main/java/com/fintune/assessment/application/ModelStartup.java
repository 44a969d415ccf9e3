package com.fintune.assessment.application;

import com.fintune.assessment.infrastructure.RuntimeSettings;
import com.fintune.assessment.infrastructure.cache.ScoreCache;
import com.fintune.assessment.infrastructure.cache.ScoreCaches;
import com.fintune.ml.serving.ShippedModel;
import com.fintune.modelregistry.domain.HeadlineFigures;
import com.fintune.modelregistry.domain.ModelVersion;
import com.fintune.modelregistry.domain.RecordedEvaluation;
import com.fintune.modelregistry.domain.RoutingPlan;
import com.fintune.modelregistry.infrastructure.CheckpointFiles;
import com.fintune.modelregistry.service.ModelRegistryService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What {@link ModelRuntime} does once at start-up: open the cache, load the configured model (the shipped one unless
 * {@code fintune.model.dir} names another), record it in the registry, then load every other version the registry
 * keeps in service (checked against the SHA-256 of its files first) and read the stored traffic split. A version
 * that cannot be loaded is logged and does not serve; only the configured model's failure stops serving.
 */
final class ModelStartup {

    private static final Logger LOG = Logger.getLogger(ModelRuntime.class.getName());

    private final RuntimeSettings settings;
    private final ManagedThreadFactory threads;
    private final PredictionMetrics metrics;
    private final ModelRegistryService registry;
    private String problem;

    ModelStartup(RuntimeSettings settings, ManagedThreadFactory threads, PredictionMetrics metrics,
                 ModelRegistryService registry) {
        this.settings = settings;
        this.threads = threads;
        this.metrics = metrics;
        this.registry = registry;
    }

    ScoreCache openCache() {
        try {
            return ScoreCaches.open("fintune-scores", settings.redisUrl().orElse(null), settings.cacheTtl(),
                    settings.redisTimeout(), settings.cacheRetryAfter());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Redis cache could not be opened; using the in-process cache", e);
            return ScoreCaches.open("fintune-scores", null, settings.cacheTtl(), settings.redisTimeout(),
                    settings.cacheRetryAfter());
        }
    }

    /** The configured model loaded and warmed up, or empty (with {@link #problem()}) when it could not be. */
    Optional<LoadedModel> loadConfigured() {
        try {
            long t0 = System.nanoTime();
            Path tokenizer = settings.tokenizerJson().map(Path::of).orElse(null);
            LoadedModel m;
            if (settings.modelDir().isPresent()) {
                Path dir = Path.of(settings.modelDir().get());
                m = LoadedModel.load(dir.getFileName().toString(), dir, tokenizer, settings, threads, metrics);
            } else {
                Path shipped = ShippedModel.materialize(ModelRuntime.class.getClassLoader());
                m = LoadedModel.load(ShippedModel.NAME, shipped, tokenizer, settings, threads, metrics);
            }
            metrics.serving(null);
            LOG.info(() -> "FinTune model " + m.version() + " loaded and warmed up in "
                    + (System.nanoTime() - t0) / 1_000_000 + " ms");
            return Optional.of(m);
        } catch (Exception e) {
            problem = "the model could not be loaded: " + e.getMessage();
            LOG.log(Level.SEVERE, problem, e);
            metrics.notServing();
            return Optional.empty();
        }
    }

    String problem() {
        return problem;
    }

    /**
     * Records the configured model in MODEL_VERSIONS with the evaluation kept beside its weights (evaluation.json)
     * and the SHA-256 of its files ({@link ModelRegistryService#recordServing}). A registry failure is logged and
     * does not stop serving.
     *
     * @return the registry's CHAMPION afterwards (the configured model's version when the registry failed)
     */
    String register(LoadedModel configured) {
        String version = configured.version();
        try {
            Path dir = configured.served().directory();
            Path evaluation = dir.resolve(ShippedModel.EVALUATION_FILE);
            String metricsJson = Files.isRegularFile(evaluation) ? Files.readString(evaluation) : null;
            String artifact = settings.modelDir().orElse("classpath:models/" + ShippedModel.NAME);
            String files = CheckpointFiles.write(CheckpointFiles.sha256OfEveryFile(dir));
            String champion = registry.recordServing(version, artifact, metricsJson, files);
            String served = champion.equals(version) ? metricsJson
                    : registry.find(champion).map(ModelVersion::getMetricsJson).orElse(null);
            metrics.serving(headline(served));
            LOG.info(() -> "Model " + version + " recorded in MODEL_VERSIONS; the CHAMPION is " + champion
                    + (metricsJson == null ? " (no evaluation.json beside the configured model)" : ""));
            return champion;
        } catch (Exception e) {
            LOG.log(Level.WARNING, "Could not record model " + version + " in MODEL_VERSIONS", e);
            return version;
        }
    }

    /** Loads every version the registry keeps in service that is not loaded yet into {@code models}. */
    void loadRegistered(Map<String, LoadedModel> models) {
        try {
            for (ModelVersion v : registry.servable()) {
                if (!models.containsKey(v.getVersion())) {
                    loadRegistered(v).ifPresent(m -> models.put(m.version(), m));
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not read the registered model versions; only the configured one serves", e);
        }
    }

    private Optional<LoadedModel> loadRegistered(ModelVersion v) {
        String where = v.getArtifactPath();
        try {
            if (where.startsWith("classpath:")) {
                throw new IllegalStateException("it was the shipped model of an earlier build");
            }
            Path dir = Path.of(where);
            Optional<String> wrong = CheckpointFiles.problem(dir)
                    .or(() -> mismatch(dir, v.getFilesJson()));
            if (wrong.isPresent()) {
                throw new IllegalStateException(wrong.get());
            }
            LoadedModel m = LoadedModel.load(dir.getFileName().toString(), dir, LoadedModel.tokenizerFor(dir, settings),
                    settings, threads, metrics);
            if (!m.version().equals(v.getVersion())) {
                m.close();
                throw new IllegalStateException(dir + " now holds model " + m.version());
            }
            LOG.info(() -> "Registered model " + v.getVersion() + " (" + v.getStatus() + ") loaded from " + dir);
            return Optional.of(m);
        } catch (Exception e) {
            LOG.log(Level.WARNING, "Registered model " + v.getVersion() + " (" + v.getStatus() + ") could not be "
                    + "loaded from " + where + " and does not serve: " + e.getMessage());
            return Optional.empty();
        }
    }

    private static Optional<String> mismatch(Path dir, String filesJson) {
        try {
            return CheckpointFiles.mismatch(dir, filesJson);
        } catch (java.io.IOException e) {
            return Optional.of("its files could not be read: " + e.getMessage());
        }
    }

    /** The split an administrator set last, or empty. */
    Optional<RoutingPlan> storedRouting() {
        try {
            return registry.routing();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not read the stored traffic split; everything goes to the champion", e);
            return Optional.empty();
        }
    }

    /** The evaluation's headline figures for the metrics gauges, or null when it has none or cannot be read. */
    static HeadlineFigures headline(String metricsJson) {
        try {
            return RecordedEvaluation.headline(metricsJson).orElse(null);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The model's evaluation.json could not be read for the metrics gauges", e);
            return null;
        }
    }
}
