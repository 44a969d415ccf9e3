package com.fintune.it;

import java.io.IOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;

/** A redis-server the IT starts and stops on the port the IT server's cache points at. */
final class ThrowawayRedis implements AutoCloseable {

    static final int PORT = Integer.getInteger("fintune.it.redisPort", 6391);
    private final Path dir;
    private Process process;

    ThrowawayRedis() throws IOException {
        dir = Files.createTempDirectory("fintune-it-redis");
    }

    static boolean installed() {
        return Files.isExecutable(Path.of("/usr/bin/redis-server"))
                || Files.isExecutable(Path.of("/usr/local/bin/redis-server"));
    }

    void start() throws IOException, InterruptedException {
        process = new ProcessBuilder("redis-server", "--port", String.valueOf(PORT), "--bind", "127.0.0.1",
                "--save", "", "--appendonly", "no", "--dir", dir.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("redis.log").toFile()).start();
        for (int i = 0; i < 100; i++) {
            try (Socket ignored = new Socket("127.0.0.1", PORT)) {
                return;
            } catch (IOException notYet) {
                Thread.sleep(50);
            }
        }
        throw new IOException("redis-server did not start on port " + PORT + " (is the port taken?)");
    }

    void stop() throws InterruptedException {
        if (process != null) {
            process.destroy();
            process.waitFor();
            process = null;
        }
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }
}
