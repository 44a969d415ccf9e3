package com.fintune.interfaces.console;

import com.fintune.modelregistry.domain.ModelStatus;
import com.fintune.modelregistry.domain.ModelVersion;
import java.util.List;
import java.util.Optional;

/**
 * Finds the registry entry of the model that serves: the one with the loaded model's version, else the CHAMPION
 * (as /api/v1/metrics does), so a screen shows the evaluation of what actually answers.
 */
final class ServingVersion {

    private ServingVersion() {
    }

    static Optional<ModelVersion> in(List<ModelVersion> registered, Optional<String> loadedVersion) {
        return loadedVersion.flatMap(v -> registered.stream().filter(m -> m.getVersion().equals(v)).findFirst())
                .or(() -> registered.stream().filter(m -> m.getStatus() == ModelStatus.CHAMPION).findFirst());
    }
}
