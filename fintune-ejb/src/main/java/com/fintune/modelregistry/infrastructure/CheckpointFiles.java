package com.fintune.modelregistry.infrastructure;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A checkpoint directory on the server's disk: whether it can be one ({@link #problem}, in words for the caller),
 * the SHA-256 of every file in it, and whether it still holds the files it was registered with.
 */
public final class CheckpointFiles {

    /** The files without which no checkpoint loads. */
    static final String[] REQUIRED = {"config.json", "model.safetensors"};
    private static final ObjectMapper JSON = new ObjectMapper();

    private CheckpointFiles() {
    }

    /** Why {@code dir} cannot be a checkpoint directory, or empty when it may be one. */
    public static Optional<String> problem(Path dir) {
        if (!dir.isAbsolute()) {
            return Optional.of("must be an absolute path on the server, was '" + dir + "'");
        }
        if (!Files.exists(dir)) {
            return Optional.of("'" + dir + "' does not exist on the server");
        }
        if (!Files.isDirectory(dir)) {
            return Optional.of("'" + dir + "' is not a directory");
        }
        if (!Files.isReadable(dir)) {
            return Optional.of("'" + dir + "' is not readable by the server");
        }
        for (String file : REQUIRED) {
            Path p = dir.resolve(file);
            if (!Files.isRegularFile(p) || !Files.isReadable(p)) {
                return Optional.of("'" + dir + "' has no readable " + file + ": it is not a model checkpoint");
            }
        }
        return Optional.empty();
    }

    /** SHA-256 (hex) of every regular file under {@code dir}, by path relative to it with '/' between names. */
    public static Map<String, String> sha256OfEveryFile(Path dir) throws IOException {
        Map<String, String> hashes = new TreeMap<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) files.filter(Files::isRegularFile).sorted()::iterator) {
                hashes.put(dir.relativize(p).toString().replace('\\', '/'), sha256(p));
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return hashes;
    }

    /** What differs between the directory now and the hashes it was registered with, or empty when nothing does. */
    public static Optional<String> mismatch(Path dir, String filesJson) throws IOException {
        Map<String, String> expected = read(filesJson);
        Map<String, String> now = sha256OfEveryFile(dir);
        for (Map.Entry<String, String> e : expected.entrySet()) {
            String actual = now.get(e.getKey());
            if (actual == null) {
                return Optional.of(e.getKey() + " is missing from " + dir);
            }
            if (!actual.equals(e.getValue())) {
                return Optional.of(e.getKey() + " in " + dir + " changed since registration (SHA-256 " + actual
                        + ", registered " + e.getValue() + ")");
            }
        }
        return Optional.empty();
    }

    public static String write(Map<String, String> hashes) {
        try {
            return JSON.writeValueAsString(new TreeMap<>(hashes));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("file hashes are always writable as JSON", e);
        }
    }

    /** The hashes stored as FILES_JSON; empty for a version registered before they were recorded. */
    public static Map<String, String> read(String filesJson) {
        if (filesJson == null || filesJson.isBlank()) {
            return Map.of();
        }
        try {
            return JSON.readValue(filesJson, new TypeReference<TreeMap<String, String>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("FILES_JSON is not readable: " + e.getOriginalMessage(), e);
        }
    }

    private static String sha256(Path file) throws IOException {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
                in.transferTo(java.io.OutputStream.nullOutputStream());
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }
}
