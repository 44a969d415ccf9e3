package com.fintune.modelregistry.application;

import com.fintune.assessment.application.ModelRuntime;
import com.fintune.ml.data.FieldError;
import com.fintune.ml.serving.ShippedModel;
import com.fintune.modelregistry.domain.ModelLifecycle;
import com.fintune.modelregistry.domain.ModelLineage;
import com.fintune.modelregistry.domain.ModelStatus;
import com.fintune.modelregistry.domain.ModelVersion;
import com.fintune.modelregistry.domain.RecordedEvaluation;
import com.fintune.modelregistry.domain.RoutingPlan;
import com.fintune.modelregistry.infrastructure.CheckpointFiles;
import com.fintune.modelregistry.service.ModelRegistryService;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * What an administrator does to the registry (REST {@code /api/v1/models}): register a checkpoint directory,
 * promote, retire, set the traffic split. Each checks the request (400 naming the field), makes the change with its
 * audit entry in one transaction ({@link RegistryChanges}; 409 when the statuses do not allow it) and then brings
 * the {@link ModelRuntime} in line: loads, unloads, changes the champion and the split. No transaction is held open
 * while a model loads.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ModelRegistryActions {

    private static final Logger LOG = Logger.getLogger(ModelRegistryActions.class.getName());
    static final int MAX_REASON = 1000;

    @EJB
    ModelRuntime runtime;

    @EJB
    ModelRegistryService registry;

    @EJB
    RegistryChanges changes;

    /** Validates, loads and warms up {@code artifactPath} and registers it as a CANDIDATE (it takes no traffic). */
    public String register(String artifactPath, ModelLineage lineage, String actor, String reason) {
        List<FieldError> errors = new ArrayList<>();
        checkReason(reason, errors);
        Path dir = null;
        if (artifactPath == null || artifactPath.isBlank()) {
            errors.add(new FieldError("artifactPath", "is required: the checkpoint directory on the server"));
        } else {
            try {
                dir = Path.of(artifactPath.trim()).normalize();
                CheckpointFiles.problem(dir).ifPresent(p -> errors.add(new FieldError("artifactPath", p)));
            } catch (InvalidPathException e) {
                errors.add(new FieldError("artifactPath", "is not a path: " + e.getReason()));
            }
        }
        if (lineage.parentVersion() != null && registry.find(lineage.parentVersion()).isEmpty()) {
            errors.add(new FieldError("parentVersion", "no model version " + lineage.parentVersion()
                    + " is registered"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidModelRequestException(errors);
        }
        String metricsJson = evaluation(dir);
        String files;
        try {
            files = CheckpointFiles.write(CheckpointFiles.sha256OfEveryFile(dir));
        } catch (IOException e) {
            throw InvalidModelRequestException.of("artifactPath", "its files could not be read: " + e.getMessage());
        }
        ModelRuntime.Loaded loaded;
        try {
            loaded = runtime.load(dir);
        } catch (Exception e) {
            throw InvalidModelRequestException.of("artifactPath", "is not a checkpoint the server can load: "
                    + e.getMessage());
        }
        String version = loaded.model().version();
        try {
            registry.find(version).ifPresent(known -> {
                throw new ModelStateConflictException(version + " is registered already (" + known.getStatus()
                        + ", from " + known.getArtifactPath() + "); the same weights give the same version.");
            });
            changes.registerCandidate(version, dir.toString(), metricsJson, files, lineage, actor, reason.trim());
        } catch (RuntimeException e) {
            if (loaded.fresh()) {
                runtime.unload(version);
            }
            throw e;
        }
        LOG.info(() -> actor + " registered model " + version + " from " + loaded.model().directory());
        return version;
    }

    /** Moves {@code version} to {@code target} (a status name, or null for its next step). */
    public ModelStatus promote(String version, String target, String actor, String reason) {
        List<FieldError> errors = new ArrayList<>();
        checkReason(reason, errors);
        ModelStatus to = null;
        if (target != null) {
            try {
                to = ModelStatus.valueOf(target.trim());
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("to", "must be CHALLENGER, SHADOW or CHAMPION (or left out for the next "
                        + "step), was '" + target + "'"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidModelRequestException(errors);
        }
        ModelVersion v = registry.find(version).orElseThrow(() -> new ModelNotFoundException(version));
        ModelStatus step = to != null ? to : ModelLifecycle.nextStep(v.getStatus(), v.servedAsChampion()).orElse(null);
        boolean allowed = step != null && ModelLifecycle.promotionRefusal(version, v.getStatus(), step,
                v.servedAsChampion()).isEmpty();
        if (allowed && !runtime.isLoaded(version)) {
            reload(v);   // a rollback to a champion that was unloaded since; refused moves load nothing
        }
        RegistryChanges.Outcome outcome = changes.promote(version, to, actor, reason.trim());
        if (outcome.championChanged()) {
            runtime.champion(outcome.champion(), outcome.championMetricsJson());
        }
        runtime.route(outcome.routing());
        if (outcome.championChanged()) {
            unloadRetiredExcept(registry.all(), previousChampion());
        }
        return outcome.status();
    }

    public void retire(String version, String actor, String reason) {
        List<FieldError> errors = new ArrayList<>();
        checkReason(reason, errors);
        if (!errors.isEmpty()) {
            throw new InvalidModelRequestException(errors);
        }
        RegistryChanges.Outcome outcome = changes.retire(version, actor, reason.trim());
        runtime.route(outcome.routing());
        if (!version.equals(outcome.champion()) && runtime.isLoaded(version)) {
            runtime.unload(version);
        }
    }

    /** Checks and puts a traffic split in force. */
    public void route(Map<String, Integer> weights, List<String> shadows, String actor, String reason) {
        RoutingPlan plan = RoutingRules.check(weights, shadows, reason, registry.all(), runtime::isLoaded);
        changes.route(plan, actor, reason.trim());
        runtime.route(plan);
    }

    /** A former champion retired by a promotion stays loaded so that a rollback is one quick call. */
    private String previousChampion() {
        return registry.all().stream()
                .filter(m -> m.getStatus() == ModelStatus.RETIRED && m.servedAsChampion())
                .max(Comparator.comparing(ModelVersion::getStatusChangedAt)).map(ModelVersion::getVersion)
                .orElse(null);
    }

    private void unloadRetiredExcept(List<ModelVersion> all, String keep) {
        String champion = runtime.modelVersion().orElse(null);
        for (ModelVersion m : all) {
            String v = m.getVersion();
            if (m.getStatus() == ModelStatus.RETIRED && !v.equals(keep) && !v.equals(champion)
                    && runtime.isLoaded(v)) {
                runtime.unload(v);
            }
        }
    }

    /** Loads a registered version again (a rollback to a champion that was unloaded), checked against its hashes. */
    private void reload(ModelVersion v) {
        try {
            Path dir = Path.of(v.getArtifactPath());
            String wrong = CheckpointFiles.problem(dir).or(() -> {
                try {
                    return CheckpointFiles.mismatch(dir, v.getFilesJson());
                } catch (IOException e) {
                    return Optional.of("its files could not be read: " + e.getMessage());
                }
            }).orElse(null);
            if (wrong != null) {
                throw new ModelStateConflictException(v.getVersion() + " cannot be loaded again: " + wrong + ".");
            }
            runtime.load(dir);
        } catch (ModelStateConflictException e) {
            throw e;
        } catch (Exception e) {
            throw new ModelStateConflictException(v.getVersion() + " cannot be loaded again from "
                    + v.getArtifactPath() + ": " + e.getMessage());
        }
    }

    /** The evaluation.json beside the weights, checked to be an evaluation report; null when there is none. */
    private static String evaluation(Path dir) {
        Path file = dir.resolve(ShippedModel.EVALUATION_FILE);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            String json = Files.readString(file);
            RecordedEvaluation.read(json);
            return json;
        } catch (IOException | IllegalArgumentException e) {
            throw InvalidModelRequestException.of("artifactPath", ShippedModel.EVALUATION_FILE + " in it is not an "
                    + "evaluation report: " + e.getMessage());
        }
    }

    static void checkReason(String reason, List<FieldError> errors) {
        if (reason == null || reason.isBlank()) {
            errors.add(new FieldError("reason", "is required: say why, in words, for the audit trail"));
        } else if (reason.length() > MAX_REASON) {
            errors.add(new FieldError("reason", "must be at most " + MAX_REASON + " characters"));
        }
    }
}
