package com.fintune.audit.application;

import com.fintune.audit.anchor.AnchorKey;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Function;

/**
 * Where checkpoints go, how often, and the key that signs them (MicroProfile Config, so also server.xml variables
 * and environment variables such as FINTUNE_AUDIT_ANCHOR_KEY):
 * <ul>
 *   <li>{@code fintune.audit.anchor.key}: the key text (at least 32 characters), or</li>
 *   <li>{@code fintune.audit.anchor.key-file}: a file holding it; with neither, a development key is generated
 *       into {@code audit-anchor-dev.key} in the server's working directory (its output directory) and a WARNING
 *       is logged;</li>
 *   <li>{@code fintune.audit.anchor.dir}: the checkpoint file's directory, default {@code audit-anchor} in the
 *       working directory;</li>
 *   <li>{@code fintune.audit.anchor.interval-minutes}: how often the timer writes one, default 5, 0 = never (on
 *       demand only).</li>
 * </ul>
 */
public record AnchorSettings(Path directory, Duration interval, Optional<String> key, Optional<Path> keyFile,
                             Path developmentKeyFile) {

    public static final String DEVELOPMENT_KEY_FILE = "audit-anchor-dev.key";

    /** A key and whether it is the generated development one. */
    public record LoadedKey(AnchorKey key, boolean development, String source) {
    }

    public static AnchorSettings from(Function<String, Optional<String>> config, Path workingDirectory) {
        Path dir = config.apply("fintune.audit.anchor.dir").filter(s -> !s.isBlank()).map(Path::of)
                .orElse(Path.of("audit-anchor"));
        long minutes = config.apply("fintune.audit.anchor.interval-minutes").map(String::strip)
                .map(Long::parseLong).orElse(5L);
        if (minutes < 0) {
            throw new IllegalStateException("fintune.audit.anchor.interval-minutes must be 0 (off) or more");
        }
        return new AnchorSettings(workingDirectory.resolve(dir).toAbsolutePath().normalize(),
                minutes == 0 ? null : Duration.ofMinutes(minutes),
                config.apply("fintune.audit.anchor.key").filter(s -> !s.isBlank()),
                config.apply("fintune.audit.anchor.key-file").filter(s -> !s.isBlank())
                        .map(f -> workingDirectory.resolve(f).toAbsolutePath()),
                workingDirectory.resolve(DEVELOPMENT_KEY_FILE).toAbsolutePath());
    }

    /** The configured key, else the development key (generated on first use). */
    public LoadedKey loadKey() {
        try {
            if (key.isPresent()) {
                return new LoadedKey(AnchorKey.of(key.get()), false, "fintune.audit.anchor.key");
            }
            if (keyFile.isPresent()) {
                return new LoadedKey(AnchorKey.of(read(keyFile.get())), false, keyFile.get().toString());
            }
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("FINTUNE_AUDIT_ANCHOR_KEY / fintune.audit.anchor.key(-file): "
                    + e.getMessage(), e);
        }
        if (!Files.exists(developmentKeyFile)) {
            generate(developmentKeyFile);
        }
        return new LoadedKey(AnchorKey.of(read(developmentKeyFile)), true, developmentKeyFile.toString());
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the audit anchor key file " + file, e);
        }
    }

    private static void generate(Path file) {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, HexFormat.of().formatHex(secret) + "\n", StandardCharsets.UTF_8);
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the development audit anchor key " + file, e);
        }
    }
}
