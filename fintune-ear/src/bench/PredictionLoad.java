import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Load benchmark for POST /api/v1/predict against a running server (single-file Java program, JDK only):
 *
 *   java fintune-ear/src/bench/PredictionLoad.java [--url http://localhost:9080] [--light 200]
 *        [--clients 16] [--seconds 30] [--user underwriter:fintune-underwriter] [--out DIR]
 *
 * Phase 1 (light load): one client, requests one after another. Phase 2 (sustained): N clients for S seconds.
 * Every application is different (the notes carry a counter that starts at the clock), so no answer comes from
 * the cache, not even in a second run against the same server. Prints p50/p95/p99
 * and requests/s per phase, counts every non-200 as an error, and writes prediction-load.json under --out
 * (default target/bench). Exits 1 if any request failed.
 */
public final class PredictionLoad {

    record Phase(String name, int clients, long requests, long errors, double seconds, double p50, double p95,
                 double p99, double max) {
        double rate() {
            return requests / seconds;
        }

        String json() {
            return String.format(Locale.ROOT, "{\"phase\":\"%s\",\"clients\":%d,\"requests\":%d,\"errors\":%d,"
                    + "\"seconds\":%.2f,\"requestsPerSecond\":%.1f,\"p50Ms\":%.2f,\"p95Ms\":%.2f,\"p99Ms\":%.2f,"
                    + "\"maxMs\":%.2f}", name, clients, requests, errors, seconds, rate(), p50, p95, p99, max);
        }
    }

    /** Starts at the clock so that a second run on the same server (and cache) sends new applications too. */
    private static final AtomicLong COUNTER = new AtomicLong(System.currentTimeMillis() * 1_000);
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final URI endpoint;
    private final String authorization;

    PredictionLoad(String url, String user) {
        this.endpoint = URI.create(url + "/api/v1/predict");
        this.authorization = "Basic " + Base64.getEncoder().encodeToString(user.getBytes(StandardCharsets.UTF_8));
    }

    static String application(long n) {
        return "{\"loanAmount\": " + (200000 + (n % 400) * 1000) + ", \"purpose\": \"PURCHASE\", "
                + "\"product\": \"CONVENTIONAL\", \"termMonths\": 360, \"lienStatus\": \"FIRST\", "
                + "\"occupancy\": \"PRINCIPAL_RESIDENCE\", \"propertyValue\": 450000, \"propertyType\": \"SINGLE_FAMILY\", "
                + "\"annualIncome\": " + (60000 + (n % 97) * 1000) + ", \"monthlyDebts\": 900, "
                + "\"monthlyHousingPayment\": 2300, \"creditScore\": " + (600 + n % 200) + ", \"dtiPercent\": "
                + (25 + n % 30) + ", \"ltvPercent\": 80, \"employmentStatus\": \"SALARIED\", \"yearsEmployed\": 4, "
                + "\"liquidReserves\": 40000, \"cashToClose\": 30000, \"underwriterNotes\": \"Load test applicant "
                + n + ": salaried nurse, two car loans, steady income, verified W-2s.\"}";
    }

    /** One request; returns its latency in ms, or -1 when it failed. */
    double call() {
        String body = application(COUNTER.incrementAndGet());
        HttpRequest request = HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json").header("Authorization", authorization)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        long start = System.nanoTime();
        try {
            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
            double ms = (System.nanoTime() - start) / 1e6;
            return r.statusCode() == 200 ? ms : -1;
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    Phase run(String name, int clients, long requestsPerClient, double seconds) throws Exception {
        List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicLong errors = new AtomicLong();
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            pool.submit(() -> {
                for (long i = 0; requestsPerClient > 0 ? i < requestsPerClient : System.nanoTime() < deadline; i++) {
                    double ms = call();
                    if (ms < 0) {
                        errors.incrementAndGet();
                    } else {
                        latencies.add(ms);
                    }
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(1, java.util.concurrent.TimeUnit.HOURS);
        double took = (System.nanoTime() - start) / 1e9;
        List<Double> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        return new Phase(name, clients, sorted.size() + errors.get(), errors.get(), took, pct(sorted, 50),
                pct(sorted, 95), pct(sorted, 99), sorted.isEmpty() ? Double.NaN : sorted.get(sorted.size() - 1));
    }

    static double pct(List<Double> sorted, double p) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }

    public static void main(String[] args) throws Exception {
        String url = "http://localhost:9080";
        String user = "underwriter:fintune-underwriter";
        int light = 200;
        int clients = 16;
        double seconds = 30;
        Path out = Path.of("target", "bench");
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--url" -> url = args[i + 1];
                case "--user" -> user = args[i + 1];
                case "--light" -> light = Integer.parseInt(args[i + 1]);
                case "--clients" -> clients = Integer.parseInt(args[i + 1]);
                case "--seconds" -> seconds = Double.parseDouble(args[i + 1]);
                case "--out" -> out = Path.of(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        PredictionLoad load = new PredictionLoad(url, user);
        load.run("warm-up", 4, 25, 0);
        List<Phase> phases = List.of(load.run("light", 1, light, 0), load.run("sustained", clients, 0, seconds));
        System.out.println("phase      clients  requests  errors   req/s    p50 ms   p95 ms   p99 ms   max ms");
        for (Phase p : phases) {
            System.out.println(String.format(Locale.ROOT, "%-10s %7d %9d %7d %7.1f %8.1f %8.1f %8.1f %8.1f",
                    p.name(), p.clients(), p.requests(), p.errors(), p.rate(), p.p50(), p.p95(), p.p99(), p.max()));
        }
        Files.createDirectories(out);
        String json = "{\"endpoint\":\"" + load.endpoint + "\",\"cores\":" + Runtime.getRuntime().availableProcessors()
                + ",\"phases\":[" + String.join(",", phases.stream().map(Phase::json).toList()) + "]}\n";
        Files.writeString(out.resolve("prediction-load.json"), json);
        System.out.println("wrote " + out.resolve("prediction-load.json"));
        if (phases.stream().anyMatch(p -> p.errors() > 0)) {
            System.exit(1);
        }
    }
}
