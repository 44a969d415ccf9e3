package com.fintune.it;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** The server under test: its base URL, the development accounts, and small HTTP helpers. */
final class FinTuneServer {

    static final String BASE = System.getProperty("fintune.it.baseUrl", "http://localhost:9080");
    /** HTTP/1.1: Liberty's h2c upgrade answer truncates larger bodies (seen with Java's client at ~1 KB). */
    static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    /** Development accounts from server.xml's variable defaults. */
    enum Account {
        ADMIN("admin", "fintune-admin"),
        UNDERWRITER("underwriter", "fintune-underwriter"),
        AUDITOR("auditor", "fintune-auditor"),
        INTEGRATION("integration", "fintune-integration"),
        /** Liberty's reader role only: /metrics over HTTPS, nothing of the application. */
        MONITOR("monitor", "fintune-monitor"),
        /** A second machine client: sees only its own predictions, never integration's. */
        INTEGRATION2("integration2", "fintune-integration2");

        final String user;
        final String password;

        Account(String user, String password) {
            this.user = user;
            this.password = password;
        }

        String basic() {
            return "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        }
    }

    private FinTuneServer() {
    }

    static HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(BASE + path)).timeout(Duration.ofSeconds(60));
    }

    static HttpResponse<String> get(String path) throws Exception {
        return CLIENT.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> get(String path, Account account) throws Exception {
        return CLIENT.send(request(path).header("Authorization", account.basic()).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Waits (up to four minutes) for readiness: the schema is migrated and the model loaded. */
    static void awaitReady() throws Exception {
        // the app loads and warms up the model before it is ready: on two busy cores that can take minutes
        long deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (get("/health/ready").statusCode() == 200) {
                    return;
                }
            } catch (java.io.IOException notYet) {
                // server still opening its port
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("FinTune did not become ready within four minutes: " + get("/health").body());
    }
}
