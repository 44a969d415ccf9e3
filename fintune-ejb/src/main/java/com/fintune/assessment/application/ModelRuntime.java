package com.fintune.assessment.application;

import com.fintune.assessment.infrastructure.QueueFullException;
import com.fintune.assessment.infrastructure.RuntimeSettings;
import com.fintune.assessment.infrastructure.cache.CacheHealth;
import com.fintune.assessment.infrastructure.cache.ScoreCache;
import com.fintune.ml.features.ApplicationFeatures;
import com.fintune.ml.serving.FeatureKey;
import com.fintune.ml.serving.ModelScores;
import com.fintune.ml.serving.ScoringModel;
import com.fintune.modelregistry.domain.RoutingPlan;
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
import org.eclipse.microprofile.config.ConfigProvider;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/**
 * Holds the loaded model versions for the whole server (each with its own micro-batcher), routes every request to
 * one of them by the traffic split ({@link RoutingPlan}, sticky per application) and keeps the score cache, keyed
 * per version. The champion ("primary") answers whatever the split does not send elsewhere. Loading at start-up is
 * {@link ModelStartup}'s. Thread-safe without container locks: the map, batchers and cache are.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ModelRuntime {

    @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
    private ManagedThreadFactory threads;

    @Inject
    private PredictionMetrics metrics;

    @EJB
    private ModelRegistryService registry;

    private RuntimeSettings settings;
    private ScoreCache cache;
    private final ServingModels models = new ServingModels();
    private volatile String loadProblem = "the model is still loading";
    private final Semaphore explaining = new Semaphore(1);

    /** Loading takes tens of seconds: no transaction is held open for it (the registry calls open their own). */
    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void start() {
        settings = RuntimeSettings.from(key -> ConfigProvider.getConfig().getOptionalValue(key, String.class));
        ModelStartup startup = new ModelStartup(settings, threads, metrics, registry);
        cache = startup.openCache();
        Optional<LoadedModel> configured = startup.loadConfigured();
        if (configured.isEmpty()) {
            loadProblem = startup.problem();
            return;
        }
        models.start(configured.get());
        metrics.queue(models::waiting);
        loadProblem = null;
        String champion = startup.register(configured.get());
        startup.loadRegistered(models.map());
        if (models.isLoaded(champion)) {
            models.makeChampion(champion);
        }
        models.route(startup.storedRouting().orElse(RoutingPlan.championOnly(champion)));
    }

    @PreDestroy
    void stop() {
        models.closeAll();
        if (cache != null) {
            cache.close();
        }
    }

    /** Scores one application on the version the split gives its input: from the cache when it met it before. */
    public Scored score(ApplicationFeatures features) {
        return score(features, null);
    }

    /**
     * Scores one application on the version the split gives {@code stickyKey} (e.g. "application:42"; null: the
     * input's hash), so the same application always meets the same version while the split stays as it is.
     */
    public Scored score(ApplicationFeatures features, String stickyKey) {
        String inputHash = FeatureKey.inputHash(features);
        LoadedModel routed = models.routed(stickyKey == null ? inputHash : stickyKey).orElseThrow(this::notLoaded);
        return scoreOn(routed, features, inputHash);
    }

    /** Scores one application on {@code version} (a shadow), whatever the split says. */
    public Scored scoreWith(String version, ApplicationFeatures features) {
        LoadedModel m = models.get(version)
                .orElseThrow(() -> new ModelUnavailableException("model " + version + " is not loaded", null));
        return scoreOn(m, features, FeatureKey.inputHash(features));
    }

    private Scored scoreOn(LoadedModel m, ApplicationFeatures features, String inputHash) {
        String key = FeatureKey.cacheKey(inputHash, m.version());
        Optional<String> hit = cache.get(key);
        if (hit.isPresent()) {
            return new Scored(ModelScores.decode(hit.get()), inputHash, m.version(), true);
        }
        ModelScores scores = await(m.batcher().submit(features));
        cache.put(key, scores.encode());
        return new Scored(scores, inputHash, m.version(), false);
    }

    private ModelScores await(CompletableFuture<ModelScores> answer) {
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

    private ModelUnavailableException notLoaded() {
        return new ModelUnavailableException(loadProblem == null ? "no model is loaded" : loadProblem, null);
    }

    /** The versions scored in the shadow of every answer (loaded ones only). */
    public List<String> shadowVersions() {
        return models.shadows();
    }

    /**
     * Loads and warms up a checkpoint directory (its own tokenizer.json, else the configured one) and keeps it
     * loaded; routes nothing to it. When its version is loaded already, the new copy is dropped.
     *
     * @return the model and whether it was loaded by this call
     */
    public Loaded load(Path dir) throws IOException {
        LoadedModel m;
        try {
            m = LoadedModel.load(dir.getFileName().toString(), dir, LoadedModel.tokenizerFor(dir, settings), settings,
                    threads, metrics);
        } catch (IOException e) {
            throw e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while loading", e);
        } catch (Exception e) {   // a broken checkpoint, declared, so the container passes it on as it is
            throw new IOException(e.getMessage(), e);
        }
        LoadedModel kept = models.add(m);
        if (kept != m) {
            m.close();
        }
        return new Loaded(kept.served(), kept == m);
    }

    /** What {@link #load} did. */
    public record Loaded(ServedModel model, boolean fresh) {
    }

    /** Drops {@code version} from memory (never the champion); requests routed to it go to the champion. */
    public void unload(String version) {
        models.unload(version);
    }

    /** Makes the loaded {@code version} the champion, with its evaluation's figures in the metrics. */
    public void champion(String version, String metricsJson) {
        models.makeChampion(version);
        metrics.serving(ModelStartup.headline(metricsJson));
    }

    /** Puts a traffic split in force; versions that are not loaded get nothing (their share goes to the champion). */
    public void route(RoutingPlan next) {
        models.route(next);
    }

    /** The split in force. */
    public Optional<RoutingPlan> routing() {
        return models.routing();
    }

    /** Every loaded version, champion first. */
    public List<ServedModel> loaded() {
        return models.loaded();
    }

    public Optional<ServedModel> loaded(String version) {
        return models.get(version).map(LoadedModel::served);
    }

    /** Runs an explanation on the champion; see {@link #explainWith(String, Function)}. */
    public <T> T explainWith(Function<ScoringModel, T> explanation) {
        return explainWith(models.champion().orElseThrow(this::notLoaded).version(), explanation);
    }

    /**
     * Runs an explanation on the loaded {@code version}. Its thousand-odd inputs go to the model directly, not
     * through the micro-batcher, so that they never queue ahead of live predictions; one explanation runs at a
     * time (they would only share the same cores), the next waits up to the runtime's timeout.
     */
    public <T> T explainWith(String version, Function<ScoringModel, T> explanation) {
        LoadedModel m = models.get(version)
                .orElseThrow(() -> new ModelUnavailableException("model " + version + " is not loaded", null));
        try {
            if (!explaining.tryAcquire(settings.timeout().toMillis(), TimeUnit.MILLISECONDS)) {
                throw new ModelUnavailableException("another explanation is being computed; try again shortly", null);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ModelUnavailableException("interrupted while waiting to explain", e);
        }
        try {
            return explanation.apply(m.model());
        } finally {
            explaining.release();
        }
    }

    /** The champion's version, or empty while none is loaded. */
    public Optional<String> modelVersion() {
        return models.champion().map(LoadedModel::version);
    }

    /** Whether {@code version} is loaded (it answers, shadows or waits as a candidate). */
    public boolean isLoaded(String version) {
        return models.isLoaded(version);
    }

    /** The directory the champion was read from (the shipped model's temporary copy), or empty while none is. */
    public Optional<Path> modelDirectory() {
        return models.champion().map(m -> m.served().directory());
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
