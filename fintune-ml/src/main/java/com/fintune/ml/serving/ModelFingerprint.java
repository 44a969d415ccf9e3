package com.fintune.ml.serving;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A model version derived from the checkpoint's content: {@code <name>@<first 12 hex of SHA-256 over config.json,
 * model.safetensors and tokenizer.json>}. Any change to the weights gives a new version, so cached answers keyed
 * by version are never served by a different model.
 */
public final class ModelFingerprint {

    /** The files that make a model; base-model.json names the frozen base (coordinates + SHA-256) it builds on. */
    static final String[] FILES = {"config.json", "model.safetensors", "tokenizer.json", "base-model.json"};

    private ModelFingerprint() {
    }

    public static String of(String name, Path checkpointDir) throws IOException {
        MessageDigest digest = sha256();
        for (String file : FILES) {
            Path p = checkpointDir.resolve(file);
            if (!Files.exists(p)) {
                continue;
            }
            digest.update(file.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            try (InputStream in = new DigestInputStream(Files.newInputStream(p), digest)) {
                in.transferTo(java.io.OutputStream.nullOutputStream());
            }
        }
        return name + "@" + HexFormat.of().formatHex(digest.digest()).substring(0, 12);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }
}
