package com.fintune.ml.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Where benchmark JSON goes: {@code --output} if given, else target/bench under the repository root that
 * {@code bin/fintune} passes as {@code -Dfintune.repo} (the working directory otherwise). Written whole or not at all.
 */
final class BenchOutput {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private BenchOutput() {
    }

    static Path directory(Path requested) {
        if (requested != null) {
            return requested;
        }
        return Path.of(System.getProperty("fintune.repo", ".")).resolve("target").resolve("bench");
    }

    /** Writes {@code report} as JSON to {@code directory/fileName} via a temporary file; returns the path. */
    static Path write(Path directory, String fileName, Object report) {
        try {
            Files.createDirectories(directory);
            Path target = directory.resolve(fileName);
            Path partial = Files.createTempFile(directory, fileName, ".part");
            JSON.writeValue(partial.toFile(), report);
            return Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw CliFailure.badFile("cannot write benchmark results under " + directory + ": " + e.getMessage());
        }
    }
}
