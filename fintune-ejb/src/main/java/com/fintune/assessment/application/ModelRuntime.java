package com.fintune.assessment.application;

import com.fintune.assessment.infrastructure.MicroBatcher;
import com.fintune.assessment.infrastructure.QueueFullException;
import com.fintune.assessment.infrastructure.RuntimeSettings;
import com.fintune.assessment.infrastructure.cache.CacheHealth;
import com.fintune.assessment.infrastructure.cache.ScoreCache;
import com.fintune.assessment.infrastructure.cache.ScoreCaches;
import com.fintune.ml.data.generator.GeneratorOptions;
import com.fintune.ml.data.generator.SyntheticLender;
import com.fintune.ml.features.ApplicationFeatures;
import com.fintune.ml.features.FeaturePipeline;
import com.fintune.ml.serving.EncoderScoringModel;
import com.fintune.ml.serving.FeatureKey;
import com.fintune.ml.serving.ModelScores;
import com.fintune.ml.serving.ScoringModel;
import com.fintune.ml.serving.ShippedModel;
import com.fintune.modelregistry.domain.HeadlineFigures;
import com.fintune.modelregistry.domain.RecordedEvaluation;
import com.fintune.modelregistry.service.ModelRegistryService;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.function.Function;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Holds the loaded model for the whole server: loads it once at start-up (the shipped model from the class path,
 * or {@code fintune.model.dir}), gathers concurrent requests into micro-batches and keeps the score cache.
 * Thread-safe without container locks: the batcher and cache are.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ModelRuntime {

    private static final Logger LOG = Logger.getLogger(ModelRuntime.class.getName());

    @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
    private ManagedThreadFactory threads;

    @Inject
    private PredictionMetrics metrics;

    @EJB
    private ModelRegistryService registry;

    private Path servedFrom;

    private RuntimeSettings settings;
    private volatile ScoringModel model;
    private volatile String loadProblem = "the model is still loading";
    private MicroBatcher<ApplicationFeatures, ModelScores> batcher;
    private ScoreCache cache;
    private final Semaphore explaining = new Semaphore(1);

    /** Loading takes tens of seconds: no transaction is held open for it (the registry call opens its own). */
    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void start() {
        Config config = ConfigProvider.getConfig();
        settings = RuntimeSettings.from(key -> config.getOptionalValue(key, String.class));
        cache = openCache();
        try {
            long t0 = System.nanoTime();
            ScoringModel loaded = load();
            batcher = new MicroBatcher<>(loaded::score, settings.maxBatch(), settings.maxWait(), settings.workers(),
                    settings.queueCapacity(), threads, metrics::batchRan);
            metrics.queue(batcher::waiting);
            batcher.submit(warmUpApplication()).get(5, TimeUnit.MINUTES);
            model = loaded;
            loadProblem = null;
            metrics.serving(null);
            LOG.info(() -> "FinTune model " + loaded.version() + " loaded and warmed up in "
                    + (System.nanoTime() - t0) / 1_000_000 + " ms; cache: " + cache.health().backend());
        } catch (Exception e) {
            loadProblem = "the model could not be loaded: " + e.getMessage();
            LOG.log(Level.SEVERE, loadProblem, e);
            metrics.notServing();
            return;
        }
        register(model.version());
    }

    /**
     * Records the serving model in MODEL_VERSIONS with the evaluation kept beside its weights (evaluation.json),
     * so the registry and /api/v1/metrics say which model answers and how it was measured. A registry failure is
     * logged and does not stop serving.
     */
    private void register(String version) {
        try {
            Path evaluation = servedFrom.resolve(ShippedModel.EVALUATION_FILE);
            String metricsJson = Files.isRegularFile(evaluation) ? Files.readString(evaluation) : null;
            metrics.serving(headline(metricsJson));
            String artifact = settings.modelDir().orElse("classpath:models/" + ShippedModel.NAME);
            registry.recordServing(version, artifact, metricsJson);
            LOG.info(() -> "Model " + version + " recorded as ACTIVE in MODEL_VERSIONS"
                    + (metricsJson == null ? " (no evaluation.json beside it)" : " with its evaluation"));
        } catch (Exception e) {
            LOG.log(Level.WARNING, "Could not record model " + version + " in MODEL_VERSIONS", e);
        }
    }

    /** The evaluation's headline figures for the metrics gauges, or null when it has none or cannot be read. */
    private static HeadlineFigures headline(String metricsJson) {
        try {
            return RecordedEvaluation.headline(metricsJson).orElse(null);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The model's evaluation.json could not be read for the metrics gauges", e);
            return null;
        }
    }

    /** One synthetic application, to run the batcher and the model once before the first request. */
    private static ApplicationFeatures warmUpApplication() {
        return new FeaturePipeline().extract(new SyntheticLender(GeneratorOptions.withSeed(1)).generate(1).get(0)
                .application());
    }

    private ScoreCache openCache() {
        try {
            return ScoreCaches.open("fintune-scores", settings.redisUrl().orElse(null), settings.cacheTtl(),
                    settings.redisTimeout(), settings.cacheRetryAfter());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Redis cache could not be opened; using the in-process cache", e);
            return ScoreCaches.open("fintune-scores", null, settings.cacheTtl(), settings.redisTimeout(),
                    settings.cacheRetryAfter());
        }
    }

    private ScoringModel load() throws Exception {
        Optional<String> dir = settings.modelDir();
        Path tokenizer = settings.tokenizerJson().map(Path::of).orElse(null);
        if (dir.isPresent()) {
            Path path = Path.of(dir.get());
            servedFrom = path;
            return EncoderScoringModel.load(path.getFileName().toString(), path, tokenizer, settings.maxLength());
        }
        Path shipped = ShippedModel.materialize(ModelRuntime.class.getClassLoader());
        servedFrom = shipped;
        return EncoderScoringModel.load(ShippedModel.NAME, shipped, tokenizer, settings.maxLength());
    }

    @PreDestroy
    void stop() {
        if (batcher != null) {
            batcher.close();
        }
        if (model != null) {
            model.close();
        }
        cache.close();
    }

    /** Scores one application: from the cache when the same features met the same model before. */
    public Scored score(ApplicationFeatures features) {
        ScoringModel m = requireModel();
        String inputHash = FeatureKey.inputHash(features);
        String key = FeatureKey.cacheKey(inputHash, m.version());
        Optional<String> hit = cache.get(key);
        if (hit.isPresent()) {
            return new Scored(ModelScores.decode(hit.get()), inputHash, m.version(), true);
        }
        ModelScores scores = await(batcher.submit(features));
        cache.put(key, scores.encode());
        return new Scored(scores, inputHash, m.version(), false);
    }

    private ModelScores await(java.util.concurrent.CompletableFuture<ModelScores> answer) {
        try {
            return answer.get(settings.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            answer.cancel(false);
            throw new ModelUnavailableException("the model did not answer within " + settings.timeout(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ModelUnavailableException("interrupted while waiting for the model", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof QueueFullException full) {
                throw new ServerBusyException(full.getMessage(), full);
            }
            throw new ModelUnavailableException("the model failed: " + e.getCause(), e.getCause());
        }
    }

    private ScoringModel requireModel() {
        ScoringModel m = model;
        if (m == null) {
            throw new ModelUnavailableException(loadProblem, null);
        }
        return m;
    }

    /**
     * Runs an explanation on the loaded model. Its thousand-odd inputs go to the model directly, not through the
     * micro-batcher, so that they never queue ahead of live predictions; one explanation runs at a time (they would
     * only share the same cores), the next waits up to the runtime's timeout.
     */
    public <T> T explainWith(Function<ScoringModel, T> explanation) {
        ScoringModel m = requireModel();
        try {
            if (!explaining.tryAcquire(settings.timeout().toMillis(), TimeUnit.MILLISECONDS)) {
                throw new ModelUnavailableException("another explanation is being computed; try again shortly", null);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ModelUnavailableException("interrupted while waiting to explain", e);
        }
        try {
            return explanation.apply(m);
        } finally {
            explaining.release();
        }
    }

    /** The loaded model's version, or empty while none is loaded. */
    public Optional<String> modelVersion() {
        ScoringModel m = model;
        return m == null ? Optional.empty() : Optional.of(m.version());
    }

    /** The directory the loaded model was read from (the shipped model's temporary copy), or empty while none is. */
    public Optional<Path> modelDirectory() {
        return model == null ? Optional.empty() : Optional.ofNullable(servedFrom);
    }

    /** Why no model is loaded, or empty when one is. */
    public Optional<String> loadProblem() {
        return Optional.ofNullable(loadProblem);
    }

    public CacheHealth cacheHealth() {
        return cache.health();
    }

    public RuntimeSettings settings() {
        return settings;
    }
}
