package com.fintune.ml.model;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fintune.ml.model.graph.PositionIds;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** config.json with model_type bert: defaults, longest input, position ids, round trip. */
class BertConfigTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static RobertaConfig parse(String modelType) throws Exception {
        return RobertaConfig.parse(JSON.readTree("{\"model_type\":\"" + modelType + "\",\"vocab_size\":30522,"
                + "\"hidden_size\":384,\"num_hidden_layers\":6,\"num_attention_heads\":12,\"intermediate_size\":1536,"
                + "\"max_position_embeddings\":512,\"type_vocab_size\":2,\"num_labels\":12}"));
    }

    @Test
    void bertDefaultsAndLongestInput() throws Exception {
        RobertaConfig bert = parse("bert");
        assertTrue(bert.isBert());
        assertEquals(0, bert.padTokenId());
        assertEquals(512, bert.maxSequenceLength());
        assertEquals(-1, bert.positionPaddingRow());
        RobertaConfig roberta = parse("roberta");
        assertFalse(roberta.isBert());
        assertEquals(510, roberta.maxSequenceLength());
    }

    @Test
    void roundTripKeepsModelType() throws Exception {
        RobertaConfig bert = parse("bert");
        RobertaConfig again = RobertaConfig.parse(JSON.readTree(bert.toJson()));
        assertEquals(ModelType.BERT, again.modelType());
        assertEquals("bert", JSON.readTree(bert.toJson()).path("model_type").asText());
    }

    @Test
    void positionIdsCountFromZeroForBertOnly() throws Exception {
        int[][] ids = {{101, 7592, 102, 0}, {101, 102, 0, 0}};
        assertArrayEquals(new int[]{0, 1, 2, 3, 0, 1, 2, 3}, PositionIds.flattened(ids, parse("bert")));
        int[][] rob = {{0, 31414, 2, 1}, {0, 2, 1, 1}};
        assertArrayEquals(new int[]{2, 3, 4, 1, 2, 3, 1, 1}, PositionIds.flattened(rob, parse("roberta")));
    }

    @Test
    void unknownModelTypeIsNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> parse("gpt2"));
        assertTrue(e.getMessage().contains("gpt2"), e.getMessage());
    }
}
