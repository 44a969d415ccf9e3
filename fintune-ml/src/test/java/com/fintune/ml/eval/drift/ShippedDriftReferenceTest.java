package com.fintune.ml.eval.drift;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fintune.ml.serving.ModelFingerprint;
import com.fintune.ml.serving.ShippedModel;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The shipped model's drift reference travels with it (class path, materialized beside the weights), belongs to that
 * very model, and has the columns this build's feature pipeline computes: recompute it when either changes
 * (docs/operations.md, "Monitor drift and fair lending").
 */
class ShippedDriftReferenceTest {

    @Test
    void shippedReferenceIsTheShippedModelsAndFitsThisPipeline() throws Exception {
        Path dir = ShippedModel.materialize(ShippedDriftReferenceTest.class.getClassLoader());
        Path file = dir.resolve(DriftReferenceJson.FILE_NAME);
        assertTrue(Files.isRegularFile(file), "drift-reference.json is materialized with the shipped model");
        DriftReference reference = DriftReferenceJson.read(file);
        assertEquals(ModelFingerprint.of(ShippedModel.NAME, dir), reference.modelVersion(),
                "the reference's scores must be the shipped model's own");
        assertEquals(5000, reference.applications());
        new DriftMeasurement(reference); // refuses a reference of other columns
        assertTrue(Files.size(file) < 100_000, "kept small: " + Files.size(file));
    }
}
