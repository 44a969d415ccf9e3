package com.fintune.modelregistry.service;

import com.fintune.modelregistry.domain.ModelEvent;
import com.fintune.modelregistry.domain.ModelLineage;
import com.fintune.modelregistry.domain.ModelStatus;
import com.fintune.modelregistry.domain.ModelVersion;
import com.fintune.modelregistry.domain.RoutingChange;
import com.fintune.modelregistry.domain.RoutingPlan;
import com.fintune.modelregistry.infrastructure.ModelVersionRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Reads the register of model versions and records the model the server was configured with at start-up. The
 * changes an administrator makes (register, promote, retire, route) are {@code modelregistry.application}'s.
 */
@Stateless
public class ModelRegistryService {

    static final String SYSTEM = "system";

    @Inject
    ModelVersionRepository versions;

    /**
     * Records the model the server was configured with ({@code fintune.model.dir} or the shipped model) and says
     * which version is CHAMPION afterwards. A version never seen before is a deliberate deployment: it is
     * registered and becomes CHAMPION (the champion before retires). A known version leaves the registry as the
     * administrators left it, unless there is no champion at all; then it becomes the champion. An evaluation
     * written beside the weights since registration replaces the stored one (same weights, same version).
     *
     * @return the CHAMPION's version
     */
    public String recordServing(String version, String artifactPath, String metricsJson, String filesJson) {
        Optional<ModelVersion> known = versions.findByVersion(version);
        ModelVersion v = known.orElseGet(() -> versions.store(ModelVersion.candidate(version, artifactPath,
                metricsJson, filesJson, ModelLineage.UNKNOWN, SYSTEM)));
        if (metricsJson != null && !metricsJson.equals(v.getMetricsJson())) {
            v.recordEvaluation(metricsJson);
        }
        if (v.getFilesJson() == null && filesJson != null) {
            v.recordFiles(filesJson);
        }
        Optional<ModelVersion> champion = versions.champion();
        if (known.isPresent() && champion.isPresent()) {
            return champion.get().getVersion();
        }
        Instant now = Instant.now();
        champion.filter(c -> c != v).ifPresent(c -> {
            versions.record(new ModelEvent(c.getVersion(), "START_UP", c.getStatus(), ModelStatus.RETIRED, SYSTEM,
                    "the server was configured with " + version, now));
            c.moveTo(ModelStatus.RETIRED);
        });
        if (v.getStatus() != ModelStatus.CHAMPION) {
            versions.record(new ModelEvent(version, "START_UP", known.map(ModelVersion::getStatus).orElse(null),
                    ModelStatus.CHAMPION, SYSTEM, known.isPresent() ? "no version was CHAMPION"
                    : "the model the server was configured with (fintune.model.dir or the shipped model)", now));
            v.moveTo(ModelStatus.CHAMPION);
        }
        return version;
    }

    /** The versions the server keeps loaded (every status but RETIRED), champion first. */
    public List<ModelVersion> servable() {
        return versions.all().stream().filter(v -> v.getStatus().loaded())
                .sorted((a, b) -> Boolean.compare(b.getStatus() == ModelStatus.CHAMPION,
                        a.getStatus() == ModelStatus.CHAMPION))
                .toList();
    }

    /** The traffic split an administrator set last, or empty when none was set (everything to the champion). */
    public Optional<RoutingPlan> routing() {
        return versions.routing().map(RoutingChange::plan);
    }

    public Optional<RoutingChange> routingChange() {
        return versions.routing();
    }

    public Optional<ModelVersion> champion() {
        return versions.champion();
    }

    public Optional<ModelVersion> find(String version) {
        return versions.findByVersion(version);
    }

    /** Oldest first. */
    public List<ModelEvent> events(String version) {
        return versions.events(version);
    }

    /** Newest first. */
    public List<ModelVersion> all() {
        return versions.all();
    }
}
