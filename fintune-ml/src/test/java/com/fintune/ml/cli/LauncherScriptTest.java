package com.fintune.ml.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** bin/fintune in a checkout that was never built: one line saying how to build, exit 1. */
class LauncherScriptTest {

    @Test
    void withoutABuildItSaysHowToBuildInOneLine(@TempDir Path checkout) throws Exception {
        Path repo = Path.of(System.getProperty("fintune.repo"));
        Files.createDirectories(checkout.resolve("bin"));
        Files.copy(repo.resolve("bin/fintune"), checkout.resolve("bin/fintune"));
        Files.copy(repo.resolve("pom.xml"), checkout.resolve("pom.xml"));
        Process process = new ProcessBuilder("bash", checkout.resolve("bin/fintune").toString(), "--help")
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .start();
        String out = read(process.getInputStream());
        String err = read(process.getErrorStream());
        assertEquals(1, process.waitFor());
        assertEquals("", out);
        assertEquals(1, err.strip().lines().count(), err);
        assertTrue(err.contains("fintune-ml/target/fintune-ml-") && err.contains("build first"), err);
    }

    private static String read(java.io.InputStream in) throws IOException {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
}
