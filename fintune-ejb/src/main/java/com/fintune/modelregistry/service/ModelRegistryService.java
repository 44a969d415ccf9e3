package com.fintune.modelregistry.service;

import com.fintune.modelregistry.domain.ModelStatus;
import com.fintune.modelregistry.domain.ModelVersion;
import com.fintune.modelregistry.infrastructure.ModelVersionRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

/** Keeps the register of model versions; exactly one may be ACTIVE at a time. */
@Stateless
public class ModelRegistryService {

    @Inject
    ModelVersionRepository versions;

    public ModelVersion register(String version, String artifactPath, String metricsJson) {
        if (versions.findByVersion(version).isPresent()) {
            throw new IllegalArgumentException("model version " + version + " is registered already");
        }
        return versions.store(new ModelVersion(version, artifactPath, metricsJson));
    }

    /**
     * Records that {@code version} is the model now serving: registers it (with its evaluation, if any) when it is
     * new and makes it the ACTIVE version, retiring the one before. For a version registered before, an evaluation
     * written beside the weights since then replaces the stored one (the weights, and so the version, are the same).
     */
    public ModelVersion recordServing(String version, String artifactPath, String metricsJson) {
        ModelVersion v = versions.findByVersion(version)
                .orElseGet(() -> versions.store(new ModelVersion(version, artifactPath, metricsJson)));
        if (metricsJson != null && !metricsJson.equals(v.getMetricsJson())) {
            v.recordEvaluation(metricsJson);
        }
        return v.getStatus() == ModelStatus.ACTIVE ? v : activate(version);
    }

    /** Makes {@code version} the serving model and retires the one that served before. */
    public ModelVersion activate(String version) {
        ModelVersion next = versions.findByVersion(version)
                .orElseThrow(() -> new NoSuchElementException("no model version " + version));
        versions.active().filter(current -> current != next).ifPresent(ModelVersion::retire);
        next.activate();
        return next;
    }

    public Optional<ModelVersion> active() {
        return versions.active();
    }

    public List<ModelVersion> all() {
        return versions.all();
    }
}
