package com.fintune.ml.model.predict;

import com.fasterxml.jackson.databind.JsonNode;
import com.fintune.ml.model.ExtraOutput;
import com.fintune.ml.model.TinyRoberta;
import com.fintune.ml.model.checkpoint.Checkpoint;
import com.fintune.ml.tokenizer.RobertaTokenizer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Texts → predictions through the real tokenizer and the tiny model, checked against reference.json. */
class PredictorTest {
    private static final String DTI = "The applicant's debt-to-income ratio (DTI) was too high.";
    private static final String AMOUNT = "Requested loan amount: $1,234.56";
    private static Predictor predictor;
    private static RobertaTokenizer tokenizer;

    @BeforeAll
    static void load() throws Exception {
        tokenizer = RobertaTokenizer.load(Path.of(System.getProperty("fintune.fixtures"), "roberta-base-tokenizer",
                "tokenizer.json"));
        predictor = new Predictor(Checkpoint.load(TinyRoberta.dir()), tokenizer,
                PredictorSettings.DEFAULT.withMaxBatchSize(4));
    }

    @Test
    void realTokenizationsGiveTheReferenceProbabilitiesAndRisk() {
        for (String text : List.of(DTI, AMOUNT)) {
            JsonNode c = caseFor(tokenizer.encode(text, true));
            Prediction p = predictor.predict(text);
            double[] logits = TinyRoberta.doubles(c.get("logits"));
            for (int i = 0; i < 12; i++) {
                assertEquals(1 / (1 + Math.exp(-logits[i])), p.reasonProbabilities()[i], 1e-5, text + " reason " + i);
            }
            assertEquals(c.get("risk_score").asDouble(), p.riskScore(), 1e-3, text + " risk");
        }
    }

    @Test
    void reasonsAreRankedMostProbableFirst() {
        Prediction p = predictor.predict(DTI);
        assertEquals(12, p.rankedReasons().size());
        for (int i = 1; i < 12; i++) {
            assertTrue(p.rankedReasons().get(i - 1).probability() >= p.rankedReasons().get(i).probability());
        }
        ReasonScore top = p.rankedReasons().get(0);
        assertEquals(p.reasonProbabilities()[top.category().index()], top.probability());
    }

    @Test
    void batchedAndConcurrentCallsAgreeWithSingleCalls() throws Exception {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            texts.add(i % 2 == 0 ? DTI + " Case " + i : AMOUNT + " and note " + "x".repeat(i * 7));
        }
        List<Prediction> batched = predictor.predictAll(texts);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Prediction>> futures = new ArrayList<>();
            for (String t : texts) {
                futures.add(pool.submit(() -> predictor.predict(t)));
            }
            for (int i = 0; i < texts.size(); i++) {
                Prediction single = futures.get(i).get();
                assertEquals(single.riskScore(), batched.get(i).riskScore(), 1e-4, "risk of text " + i);
                for (int r = 0; r < 12; r++) {
                    assertEquals(single.reasonProbabilities()[r], batched.get(i).reasonProbabilities()[r], 1e-5);
                }
            }
        } finally {
            pool.shutdown();
        }
        List<Prediction> again = predictor.predictAll(texts);
        for (int i = 0; i < texts.size(); i++) {
            assertArrayEquals(batched.get(i).reasonProbabilities(), again.get(i).reasonProbabilities(),
                    "the same call gives the same bits");
        }
    }

    @Test
    void attentionsAndEmbeddingOnRequest() {
        Prediction p = predictor.predictAll(List.of(DTI), EnumSet.of(ExtraOutput.ATTENTIONS, ExtraOutput.CLS_EMBEDDING))
                .get(0);
        int len = tokenizer.encode(DTI, true).length;
        assertEquals(len, p.tokenCount());
        assertEquals(2, p.attentions().size());
        assertEquals(4, p.attentions().get(0).length);
        assertEquals(32, p.clsEmbedding().length);
        for (float[] row : p.attentions().get(1)[3]) {
            assertEquals(len, row.length);
            double sum = 0;
            for (float v : row) {
                sum += v;
            }
            assertEquals(1.0, sum, 1e-5, "attention over real tokens sums to 1");
        }
    }

    private static JsonNode caseFor(int[] ids) {
        for (JsonNode c : TinyRoberta.reference().get("cases")) {
            int[] caseIds = TinyRoberta.ints1(c.get("input_ids"));
            if (Arrays.equals(ids, Arrays.copyOf(caseIds, ids.length))
                    && (ids.length == caseIds.length || caseIds[ids.length] == 1)) {
                return c;
            }
        }
        throw new AssertionError("no reference case for " + Arrays.toString(ids));
    }
}
