package com.fintune.monitoring.service;

import com.fintune.assessment.application.ModelRuntime;
import com.fintune.ml.eval.drift.DriftReference;
import com.fintune.ml.eval.drift.DriftReferenceJson;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The drift reference to compare with: {@code fintune.drift.reference}, else {@code drift-reference.json} beside
 * the serving model's weights. Read once per file and modification time.
 */
@ApplicationScoped
public class DriftReferences {

    @EJB
    ModelRuntime runtime;

    private Path cachedPath;
    private long cachedModified;
    private DriftReference cached;

    /** The reference, or IllegalStateException saying which file is missing or unreadable. */
    public synchronized DriftReference load(DriftSettings settings) {
        Path path = settings.reference().map(Path::of).orElseGet(() -> runtime.modelDirectory()
                .map(d -> d.resolve(DriftReferenceJson.FILE_NAME))
                .orElseThrow(() -> new IllegalStateException("no model is serving, so there is no drift reference")));
        if (!Files.isRegularFile(path)) {
            throw new IllegalStateException("the drift reference " + path + " does not exist; compute it with "
                    + "bin/fintune drift-reference and set fintune.drift.reference");
        }
        try {
            long modified = Files.getLastModifiedTime(path).toMillis();
            if (!path.equals(cachedPath) || modified != cachedModified) {
                cached = DriftReferenceJson.read(path);
                cachedPath = path;
                cachedModified = modified;
            }
            return cached;
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalStateException("the drift reference " + path + " cannot be read: " + e.getMessage(), e);
        }
    }
}
