package com.fintune.interfaces.console;

import com.fintune.assessment.application.ModelRuntime;
import com.fintune.modelregistry.domain.ModelVersion;
import com.fintune.modelregistry.service.ModelRegistryService;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;

/** The Model screen: the model that serves now and every version in the registry (MODEL_VERSIONS). */
@Named("modelScreen")
@RequestScoped
public class ModelScreenBean {

    @EJB
    ModelRuntime runtime;

    @EJB
    ModelRegistryService registry;

    private Optional<String> servingVersion;
    private String loadProblem;
    private List<ModelVersionRow> versions;
    private boolean servingRegistered;

    @PostConstruct
    void load() {
        servingVersion = runtime.modelVersion();
        loadProblem = runtime.loadProblem().orElse(null);
        List<ModelVersion> registered = registry.all();
        Optional<String> serving = ServingVersion.in(registered, servingVersion).map(ModelVersion::getVersion);
        versions = registered.stream()
                .map(v -> ModelVersionRow.of(v, serving.filter(v.getVersion()::equals).isPresent())).toList();
        servingRegistered = servingVersion.filter(v -> registered.stream()
                .anyMatch(m -> m.getVersion().equals(v))).isPresent();
    }

    /** The loaded model's version, or null while none is loaded. */
    public String getServingVersion() {
        return servingVersion.orElse(null);
    }

    /** Why no model is loaded (or that it is still loading), or null when one serves. */
    public String getLoadProblem() {
        return loadProblem;
    }

    /** Whether the loaded model has its own row in the registry. */
    public boolean isServingRegistered() {
        return servingRegistered;
    }

    /** Newest first. */
    public List<ModelVersionRow> getVersions() {
        return versions;
    }
}
