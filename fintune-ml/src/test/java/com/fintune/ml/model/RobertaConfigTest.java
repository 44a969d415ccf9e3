package com.fintune.ml.model;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RobertaConfigTest {
    @Test
    void readsTheFixtureConfigIncludingFinTuneHeads() {
        RobertaConfig c = RobertaConfig.read(TinyRoberta.dir().resolve("config.json"));
        assertEquals(32, c.hiddenSize());
        assertEquals(2, c.numHiddenLayers());
        assertEquals(8, c.headDim());
        assertEquals(1e-5, c.layerNormEps());
        assertEquals(Activation.GELU, c.activation());
        assertEquals(new HeadSizes(16, 12, 8), c.heads());
        assertEquals("DTI", c.labels().get(0));
        assertEquals("OTHER_POLICY", c.labels().get(11));
        assertEquals(128, c.maxSequenceLength());
    }

    @Test
    void writesBackEverythingItReadAndKeepsUnknownKeys() {
        RobertaConfig c = RobertaConfig.read(TinyRoberta.dir().resolve("config.json"));
        String json = c.toJson();
        assertTrue(json.contains("\"initializer_range\""), "unknown keys survive");
        assertTrue(json.contains("\"fintune_heads\""));
        RobertaConfig back = RobertaConfig.parse(readTree(json));
        assertEquals(c.heads(), back.heads());
        assertEquals(c.labels(), back.labels());
        assertEquals(c.layerNormEps(), back.layerNormEps());
        assertEquals(c.vocabSize(), back.vocabSize());
    }

    @Test
    void rejectsWhatItCannotRun() {
        var e = assertThrows(IllegalArgumentException.class, () -> RobertaConfig.parse(readTree(
                "{\"model_type\":\"roberta\",\"vocab_size\":10,\"hidden_size\":8,\"num_hidden_layers\":1,"
                        + "\"num_attention_heads\":2,\"intermediate_size\":16,\"max_position_embeddings\":20,"
                        + "\"hidden_act\":\"swish\",\"num_labels\":12}")));
        assertTrue(e.getMessage().contains("swish"));
        var missing = assertThrows(IllegalArgumentException.class, () -> RobertaConfig.parse(readTree("{}")));
        assertTrue(missing.getMessage().contains("config.json lacks integer \"hidden_size\""), missing.getMessage());
    }

    private static com.fasterxml.jackson.databind.JsonNode readTree(String json) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
