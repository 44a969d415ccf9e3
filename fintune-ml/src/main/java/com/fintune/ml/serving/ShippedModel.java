package com.fintune.ml.serving;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The model FinTune ships, packaged by fintune-ml as classpath resources under {@code models/fintune-default/}.
 * The encoder loads from files, so the checkpoint's three files and its evaluation are copied to a temporary
 * directory once (with the drift reference, when there is one).
 */
public final class ShippedModel {

    public static final String NAME = "fintune-default";
    static final String RESOURCE_DIR = "models/" + NAME + "/";
    /** The evaluation report written by {@code fintune evaluate}, registered with the model version. */
    public static final String EVALUATION_FILE = "evaluation.json";
    /** The reference of drift monitoring written by {@code fintune drift-reference} (eval.drift). */
    public static final String DRIFT_REFERENCE_FILE = "drift-reference.json";

    private ShippedModel() {
    }

    /** True when the shipped model's files are on the class path of {@code loader}. */
    public static boolean available(ClassLoader loader) {
        return loader.getResource(RESOURCE_DIR + "config.json") != null
                && loader.getResource(RESOURCE_DIR + "model.safetensors") != null;
    }

    /** Copies the shipped model's files into a new temporary directory and returns it. */
    public static Path materialize(ClassLoader loader) throws IOException {
        if (!available(loader)) {
            throw new IOException("the shipped model (" + RESOURCE_DIR + ") is not on the class path");
        }
        Path dir = Files.createTempDirectory(NAME);
        java.util.List<String> files = new java.util.ArrayList<>(java.util.List.of(ModelFingerprint.FILES));
        files.add(EVALUATION_FILE);
        files.add(DRIFT_REFERENCE_FILE);
        for (String file : files) {
            try (InputStream in = loader.getResourceAsStream(RESOURCE_DIR + file)) {
                if (in != null) {
                    Files.copy(in, dir.resolve(file), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        dir.toFile().deleteOnExit();
        return dir;
    }
}
