package com.fintune.ml.explain.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fintune.ml.serving.TokenAttention;

/**
 * The first token's attention as JSON: the text the model read, its tokens with offsets into that text, the weights
 * per layer and head (4 decimals), and the last layer's mean over heads for a quick look. Attention shows where the
 * model looked, not why it answered: the attributions are the explanation, this is context.
 */
final class AttentionJson {

    static final String ABOUT = "Attention of the first token (whose final state the heads read) over the tokens of "
            + "text, the text the model read (the notes with protected mentions masked, for the shipped model), per "
            + "layer and head; offsets index text. Where the model looked, not why it answered.";

    private AttentionJson() {
    }

    static ObjectNode node(ObjectMapper json, TokenAttention a) {
        ObjectNode root = json.createObjectNode().put("about", ABOUT).put("text", a.text());
        ArrayNode tokens = root.putArray("tokens");
        for (TokenAttention.Token t : a.tokens()) {
            tokens.addObject().put("token", t.token()).put("start", t.start()).put("end", t.end());
        }
        ArrayNode layers = root.putArray("layers");
        float[][][] w = a.weights();
        for (float[][] layer : w) {
            ArrayNode heads = layers.addArray();
            for (float[] head : layer) {
                ArrayNode row = heads.addArray();
                for (float v : head) {
                    row.add(Math.round(v * 1e4) / 1e4);
                }
            }
        }
        ArrayNode mean = root.putArray("lastLayerMean");
        if (w.length > 0) {
            float[][] last = w[w.length - 1];
            for (int k = 0; k < a.tokens().size(); k++) {
                double sum = 0;
                for (float[] head : last) {
                    sum += head[k];
                }
                mean.add(Math.round(sum / last.length * 1e4) / 1e4);
            }
        }
        return root;
    }
}
