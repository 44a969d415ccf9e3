package com.fintune.ml.serving;

import com.fintune.ml.features.ApplicationFeatures;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Hashes of what the model saw. The input hash is SHA-256 over the canonical features (the encoder text and the
 * tabular vector, in fixed order); the cache key adds the model version, so a new model never serves old answers.
 */
public final class FeatureKey {

    private FeatureKey() {
    }

    public static String inputHash(ApplicationFeatures f) {
        StringBuilder canonical = new StringBuilder(f.combinedText()).append('\n');
        for (double v : f.tabularVector()) {
            canonical.append(Double.toString(v)).append(',');
        }
        return sha256(canonical.toString());
    }

    public static String cacheKey(String inputHash, String modelVersion) {
        return sha256(modelVersion + '\n' + inputHash);
    }

    static String sha256(String text) {
        try {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(d.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }
}
