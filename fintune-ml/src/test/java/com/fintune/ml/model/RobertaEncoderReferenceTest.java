package com.fintune.ml.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fintune.ml.model.checkpoint.Checkpoint;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The encoder and heads reproduce reference.json's padded batch within its atol. */
class RobertaEncoderReferenceTest {
    private static RobertaEncoder encoder;
    private static JsonNode reference;

    @BeforeAll
    static void load() {
        encoder = new RobertaEncoder(Checkpoint.load(TinyRoberta.dir()).weights());
        reference = TinyRoberta.reference();
    }

    @Test
    void paddedBatchMatchesReference() {
        JsonNode cases = reference.get("cases");
        int[][] ids = new int[cases.size()][];
        int[][] mask = new int[cases.size()][];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = TinyRoberta.ints1(cases.get(i).get("input_ids"));
            mask[i] = TinyRoberta.ints1(cases.get(i).get("attention_mask"));
        }
        ModelOutput out = encoder.forward(new TokenBatch(ids, mask), EnumSet.of(ExtraOutput.LAST_HIDDEN_STATE));
        JsonNode atol = reference.get("atol");
        for (int i = 0; i < ids.length; i++) {
            JsonNode c = cases.get(i);
            assertClose(TinyRoberta.doubles(c.get("logits")), out.reasonLogits()[i], atol.get("logits").asDouble(),
                    "logits case " + i);
            assertEquals(c.get("risk_score").asDouble(), out.riskScores()[i], atol.get("risk_score").asDouble(),
                    "risk case " + i);
            JsonNode hidden = c.get("last_hidden_state_first3");
            for (int pos = 0; pos < 3; pos++) {
                assertClose(TinyRoberta.doubles(hidden.get(pos)), out.lastHiddenState()[i][pos],
                        atol.get("last_hidden_state").asDouble(), "hidden case " + i + " position " + pos);
            }
        }
    }

    @Test
    void singleUnpaddedSequenceGivesTheSameValuesAsInTheBatch() {
        JsonNode c = reference.get("cases").get(2);
        int[] mask = TinyRoberta.ints1(c.get("attention_mask"));
        int len = 0;
        while (len < mask.length && mask[len] == 1) {
            len++;
        }
        int[] ids = java.util.Arrays.copyOf(TinyRoberta.ints1(c.get("input_ids")), len);
        int[] ones = new int[len];
        java.util.Arrays.fill(ones, 1);
        ModelOutput out = encoder.forward(new TokenBatch(new int[][]{ids}, new int[][]{ones}));
        assertClose(TinyRoberta.doubles(c.get("logits")), out.reasonLogits()[0], 1e-4, "unpadded logits");
        assertEquals(c.get("risk_score").asDouble(), out.riskScores()[0], 1e-3);
    }

    static void assertClose(double[] expected, float[] actual, double atol, String what) {
        assertEquals(expected.length, actual.length, what + " length");
        for (int j = 0; j < expected.length; j++) {
            assertEquals(expected[j], actual[j], atol, what + " [" + j + "]");
        }
    }
}
