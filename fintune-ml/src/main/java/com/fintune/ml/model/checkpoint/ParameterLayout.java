package com.fintune.ml.model.checkpoint;

import com.fintune.ml.model.HeadSizes;
import com.fintune.ml.model.RobertaConfig;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every parameter the model has, by canonical name (Hugging Face {@code RobertaModel} naming without a prefix, plus
 * FinTune's {@code reasons_head.*} / {@code risk_head.*}), with its shape. Linear weights are PyTorch layout
 * {@code [out_features, in_features]}. The heads' first dense layers read the {@code <s>} embedding followed by the
 * config's structured inputs, if any ({@link RobertaConfig#headInputWidth()}).
 */
public final class ParameterLayout {
    public static final String WORD_EMBEDDINGS = "embeddings.word_embeddings.weight";
    public static final String POSITION_EMBEDDINGS = "embeddings.position_embeddings.weight";
    public static final String TOKEN_TYPE_EMBEDDINGS = "embeddings.token_type_embeddings.weight";

    private ParameterLayout() {
    }

    /** Canonical name → shape, in a stable order (embeddings, layers 0..n-1, reasons head, risk head). */
    public static Map<String, long[]> shapes(RobertaConfig c) {
        long h = c.hiddenSize();
        long inter = c.intermediateSize();
        Map<String, long[]> m = new LinkedHashMap<>();
        m.put(WORD_EMBEDDINGS, new long[]{c.vocabSize(), h});
        m.put(POSITION_EMBEDDINGS, new long[]{c.maxPositionEmbeddings(), h});
        m.put(TOKEN_TYPE_EMBEDDINGS, new long[]{c.typeVocabSize(), h});
        layerNorm(m, "embeddings.LayerNorm", h);
        for (int i = 0; i < c.numHiddenLayers(); i++) {
            String p = layerPrefix(i);
            linear(m, p + "attention.self.query", h, h);
            linear(m, p + "attention.self.key", h, h);
            linear(m, p + "attention.self.value", h, h);
            linear(m, p + "attention.output.dense", h, h);
            layerNorm(m, p + "attention.output.LayerNorm", h);
            linear(m, p + "intermediate.dense", inter, h);
            linear(m, p + "output.dense", h, inter);
            layerNorm(m, p + "output.LayerNorm", h);
        }
        HeadSizes hs = c.headsOrDefault();
        long headIn = c.headInputWidth();
        linear(m, "reasons_head.dense", hs.reasonsHidden(), headIn);
        linear(m, "reasons_head.out_proj", hs.reasonCount(), hs.reasonsHidden());
        linear(m, "risk_head.dense", hs.riskHidden(), headIn);
        linear(m, "risk_head.out_proj", 1, hs.riskHidden());
        return m;
    }

    /** {@code encoder.layer.N.} */
    public static String layerPrefix(int layer) {
        return "encoder.layer." + layer + ".";
    }

    /** True for FinTune's head parameters (not part of a Hugging Face encoder checkpoint). */
    public static boolean isHead(String canonicalName) {
        return canonicalName.startsWith("reasons_head.") || canonicalName.startsWith("risk_head.");
    }

    /** True for the three embedding tables, whose gradients are accumulated outside the graph. */
    public static boolean isEmbeddingTable(String canonicalName) {
        return canonicalName.equals(WORD_EMBEDDINGS) || canonicalName.equals(POSITION_EMBEDDINGS)
                || canonicalName.equals(TOKEN_TYPE_EMBEDDINGS);
    }

    private static void linear(Map<String, long[]> m, String prefix, long out, long in) {
        m.put(prefix + ".weight", new long[]{out, in});
        m.put(prefix + ".bias", new long[]{out});
    }

    private static void layerNorm(Map<String, long[]> m, String prefix, long h) {
        m.put(prefix + ".weight", new long[]{h});
        m.put(prefix + ".bias", new long[]{h});
    }
}
