package com.fintune.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fintune.it.FinTuneServer.Account;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static com.fintune.it.PredictionCalls.JSON;
import static com.fintune.it.PredictionCalls.application;
import static com.fintune.it.PredictionCalls.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 15: 1,000 generated bad bodies (seeded, so a failure can be replayed) to /predict and /batch-predict. Each
 * is broken in a way that can never be valid — a wrong type, an unknown field, a required field missing, a value
 * out of range, a control character, broken JSON, the wrong top-level value — and must get a 4xx
 * application/problem+json in FinTune's words; nothing is stored.
 */
class FuzzBodiesIT {

    static final long SEED = 20261206L;
    static final int BODIES = 1000;
    static final List<String> NUMBERS = List.of("loanAmount", "termMonths", "propertyValue", "annualIncome",
            "creditScore", "dtiPercent", "ltvPercent", "yearsEmployed", "liquidReserves", "latePayments24m");
    static final List<String> CODES = List.of("purpose", "product", "lienStatus", "occupancy", "propertyType",
            "employmentStatus");
    static final List<String> FLAGS = List.of("priorBankruptcy", "incomeVerified", "assetsVerified");
    static final List<String> REQUIRED = List.of("loanAmount", "purpose", "product", "termMonths", "lienStatus",
            "occupancy", "propertyType");

    @BeforeAll
    static void ready() throws Exception {
        FinTuneServer.awaitReady();
    }

    /** One application made invalid by one or more of the breaking operations. */
    static String broken(Random r) {
        ObjectNode a = application("fuzz " + r.nextInt(1_000_000));
        int operations = 1 + r.nextInt(3);
        String text = null;
        for (int i = 0; i < operations && text == null; i++) {
            switch (r.nextInt(9)) {
                case 0 -> a.put(pick(r, NUMBERS), pick(r, List.of("abc", "", "12,000", "NaN", "1e9999x")));
                case 1 -> a.set(pick(r, CODES), r.nextBoolean() ? JSON.valueToTree(r.nextInt(100))
                        : JSON.valueToTree("NOT_A_" + r.nextInt(1000)));
                case 2 -> a.set(pick(r, FLAGS), JSON.valueToTree(pick(r, List.of("yes", "1", "true!"))));
                case 3 -> a.put("unexpected" + r.nextInt(100), r.nextInt());
                case 4 -> a.remove(pick(r, REQUIRED));
                case 5 -> {
                    if (r.nextBoolean()) {
                        a.put("creditScore", pick(r, List.of(2000, 100, -700)));
                    } else {
                        a.put("loanAmount", pick(r, List.of(-1, 0, -350000)));
                    }
                }
                case 6 -> a.put("underwriterNotes", "note " + (char) (1 + r.nextInt(8)) + " bell");
                case 7 -> a.set(pick(r, NUMBERS), r.nextBoolean() ? JSON.createArrayNode().add(1)
                        : JSON.createObjectNode().put("value", 1));
                default -> {
                    String ok = a.toString();
                    text = switch (r.nextInt(4)) {
                        case 0 -> ok.substring(0, 1 + r.nextInt(ok.length() - 2));
                        case 1 -> ok.substring(0, ok.length() - 1) + ",}";
                        case 2 -> "[" + ok + "]";
                        default -> "\"" + r.nextInt() + "\"";
                    };
                }
            }
        }
        return text != null ? text : a.toString();
    }

    private static <T> T pick(Random r, List<T> values) {
        return values.get(r.nextInt(values.size()));
    }

    @Test
    void aThousandBrokenBodiesAreEach4xxProblemsAndStoreNothing() throws Exception {
        long before = PredictionCalls.storedPredictions();
        Random r = new Random(SEED);
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < BODIES; i++) {
            String bad = broken(r);
            boolean batch = i % 5 == 4;
            String body = batch ? "{\"applications\": [" + application("fuzz ok " + i) + "," + bad + "]}" : bad;
            HttpResponse<String> resp = post(batch ? "/api/v1/batch-predict" : "/api/v1/predict", body,
                    Account.INTEGRATION);
            String type = resp.headers().firstValue("Content-Type").orElse("");
            String why = resp.statusCode() < 400 || resp.statusCode() > 499 ? "status " + resp.statusCode()
                    : !type.startsWith("application/problem+json") ? "content type " + type
                    : BadInputCorpusIT.LEAK.matcher(resp.body()).find() ? "leaks runtime words" : null;
            if (why == null) {
                JsonNode problem = JSON.readTree(resp.body());
                why = problem.path("detail").asText().isBlank() ? "no detail" : null;
            }
            if (why != null && failures.size() < 20) {
                failures.add("#" + i + " " + why + ": " + body.substring(0, Math.min(300, body.length())) + " -> "
                        + resp.body());
            }
        }
        assertTrue(failures.isEmpty(), "seed " + SEED + ":\n" + String.join("\n", failures));
        assertEquals(before, PredictionCalls.storedPredictions(), "rejected input must store nothing");
    }
}
