package com.fintune.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The README's "first five minutes" as a newcomer runs them: {@code bin/fintune-first-steps} against the server under
 * test must get through every step (readiness, sign-in page, a prediction, the same answer by id, the list, the audit
 * check), and against a port where nothing listens it must fail with one line and exit 1.
 */
class FirstStepsIT {

    private static final Path SCRIPT = Path.of(System.getProperty("fintune.repo", ".."), "bin", "fintune-first-steps");

    @BeforeAll
    static void ready() throws Exception {
        FinTuneServer.awaitReady();
    }

    @Test
    void everyStepOfTheReadmeWorksAgainstTheServer() throws Exception {
        Result r = run(FinTuneServer.BASE);
        assertEquals(0, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("6. the auditor checks the audit chain"), r.out());
        assertTrue(r.out().matches("(?s).*prediction \\d+: (APPROVE|REFER|DENY), risk [0-9.]+, reasons .*"), r.out());
        assertTrue(r.err().isEmpty(), r.err());
    }

    @Test
    void noServerIsOneLineAndExitOne() throws Exception {
        Result r = run("http://127.0.0.1:9");
        assertEquals(1, r.exit(), r.out() + r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains("start the server with bin/fintune-server"), r.err());
    }

    private record Result(int exit, String out, String err) {
    }

    private static Result run(String base) throws Exception {
        assertTrue(Files.isExecutable(SCRIPT), SCRIPT + " is missing or not executable");
        Process p = new ProcessBuilder("bash", SCRIPT.toString(), base).start();
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "the script did not finish in five minutes");
        return new Result(p.exitValue(), new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8),
                new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
    }
}
