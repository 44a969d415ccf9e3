package com.fintune.ml.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads and writes {@link RobertaConfig} as Hugging Face {@code config.json}. */
final class RobertaConfigJson {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private RobertaConfigJson() {
    }

    static RobertaConfig read(Path file) {
        try {
            return parse(JSON.readTree(file.toFile()));
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read config " + file + ": " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
    }

    static RobertaConfig parse(JsonNode j) {
        if (!j.isObject()) {
            throw new IllegalArgumentException("config.json must be a JSON object");
        }
        ModelType type = ModelType.fromConfig(j.path("model_type").asText("roberta"));
        boolean bert = type == ModelType.BERT;
        String embeddingType = j.path("position_embedding_type").asText("absolute");
        if (!embeddingType.equals("absolute")) {
            throw new IllegalArgumentException("position_embedding_type \"" + embeddingType + "\" is not supported");
        }
        int hidden = required(j, "hidden_size");
        List<String> labels = labels(j);
        return new RobertaConfig(required(j, "vocab_size"), hidden, required(j, "num_hidden_layers"),
                required(j, "num_attention_heads"), required(j, "intermediate_size"),
                required(j, "max_position_embeddings"), j.path("type_vocab_size").asInt(1),
                j.path("layer_norm_eps").asDouble(1e-12), Activation.fromConfig(j.path("hidden_act").asText("gelu")),
                j.path("pad_token_id").asInt(bert ? 0 : 1), j.path("bos_token_id").asInt(bert ? 101 : 0),
                j.path("eos_token_id").asInt(bert ? 102 : 2),
                j.path("hidden_dropout_prob").asDouble(0.1), j.path("attention_probs_dropout_prob").asDouble(0.1),
                labels, heads(j.path("fintune_heads"), labels.size()),
                structured(j.path("fintune_structured_inputs")), ((ObjectNode) j).deepCopy(), type);
    }

    private static int required(JsonNode j, String key) {
        JsonNode v = j.get(key);
        if (v == null || !v.canConvertToInt()) {
            throw new IllegalArgumentException("config.json lacks integer \"" + key + "\"");
        }
        return v.asInt();
    }

    private static List<String> labels(JsonNode j) {
        JsonNode id2label = j.path("id2label");
        int n = j.path("num_labels").asInt(id2label.size());
        if (n <= 0) {
            throw new IllegalArgumentException("config.json has neither id2label nor num_labels");
        }
        List<String> labels = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            labels.add(id2label.path(Integer.toString(i)).asText("LABEL_" + i));
        }
        return labels;
    }

    private static StructuredInputs structured(JsonNode s) {
        if (s.isMissingNode() || s.isNull()) {
            return null;
        }
        JsonNode names = s.path("names");
        JsonNode mean = s.path("mean");
        JsonNode scale = s.path("scale");
        if (!names.isArray() || !mean.isArray() || !scale.isArray()) {
            throw new IllegalArgumentException("fintune_structured_inputs needs arrays names, mean and scale");
        }
        List<String> n = new ArrayList<>();
        names.forEach(x -> n.add(x.asText()));
        double[] m = new double[mean.size()];
        double[] sc = new double[scale.size()];
        for (int i = 0; i < m.length; i++) {
            m[i] = mean.get(i).asDouble();
        }
        for (int i = 0; i < sc.length; i++) {
            sc[i] = scale.get(i).asDouble();
        }
        return new StructuredInputs(n, m, sc);
    }

    private static HeadSizes heads(JsonNode h, int labelCount) {
        if (h.isMissingNode() || h.isNull()) {
            return null;
        }
        JsonNode reasonsDense = h.path("reasons_head").path("dense");
        JsonNode reasonsOut = h.path("reasons_head").path("out_proj");
        JsonNode riskDense = h.path("risk_head").path("dense");
        if (!reasonsDense.isArray() || !riskDense.isArray()) {
            throw new IllegalArgumentException("fintune_heads needs reasons_head.dense and risk_head.dense shapes");
        }
        int reasonCount = reasonsOut.isArray() ? reasonsOut.path(0).asInt() : labelCount;
        if (reasonCount != labelCount) {
            throw new IllegalArgumentException("fintune_heads.reasons_head.out_proj has " + reasonCount
                    + " outputs but id2label/num_labels has " + labelCount);
        }
        return new HeadSizes(reasonsDense.path(0).asInt(), reasonCount, riskDense.path(0).asInt());
    }

    static String toJson(RobertaConfig c) {
        ObjectNode j = c.source() != null ? c.source().deepCopy() : JSON.createObjectNode();
        if (c.source() == null) {
            j.putArray("architectures").add(c.isBert() ? "BertModel" : "RobertaModel");
        }
        j.put("model_type", c.modelType().configName());
        j.put("vocab_size", c.vocabSize());
        j.put("hidden_size", c.hiddenSize());
        j.put("num_hidden_layers", c.numHiddenLayers());
        j.put("num_attention_heads", c.numAttentionHeads());
        j.put("intermediate_size", c.intermediateSize());
        j.put("hidden_act", c.activation().configName());
        j.put("hidden_dropout_prob", c.hiddenDropoutProb());
        j.put("attention_probs_dropout_prob", c.attentionDropoutProb());
        j.put("max_position_embeddings", c.maxPositionEmbeddings());
        j.put("type_vocab_size", c.typeVocabSize());
        j.put("layer_norm_eps", c.layerNormEps());
        j.put("pad_token_id", c.padTokenId());
        j.put("bos_token_id", c.bosTokenId());
        j.put("eos_token_id", c.eosTokenId());
        j.put("position_embedding_type", "absolute");
        j.put("num_labels", c.labels().size());
        ObjectNode id2label = j.putObject("id2label");
        ObjectNode label2id = j.putObject("label2id");
        for (int i = 0; i < c.labels().size(); i++) {
            id2label.put(Integer.toString(i), c.labels().get(i));
            label2id.put(c.labels().get(i), i);
        }
        j.put("problem_type", "multi_label_classification");
        j.set("fintune_heads", headsJson(c.headsOrDefault(), c.headInputWidth(), c.structuredCount() > 0));
        if (c.structured() != null) {
            ObjectNode s = j.putObject("fintune_structured_inputs");
            s.put("description", "tabular inputs the heads read beside the <s> embedding: (value - mean) / scale,"
                    + " clipped to +-" + StructuredInputs.CLIP);
            ArrayNode names = s.putArray("names");
            ArrayNode mean = s.putArray("mean");
            ArrayNode scale = s.putArray("scale");
            for (int i = 0; i < c.structuredCount(); i++) {
                names.add(c.structured().names().get(i));
                mean.add(c.structured().mean()[i]);
                scale.add(c.structured().scale()[i]);
            }
        } else {
            j.remove("fintune_structured_inputs");
        }
        try {
            return JSON.writeValueAsString(j);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode headsJson(HeadSizes h, int hidden, boolean structured) {
        ObjectNode n = JSON.createObjectNode();
        n.put("input", structured ? "concat(last_hidden_state[:, 0] (the <s> token), fintune_structured_inputs)"
                : "last_hidden_state[:, 0] (the <s> token)");
        ObjectNode reasons = n.putObject("reasons_head");
        reasons.putArray("dense").add(h.reasonsHidden()).add(hidden);
        reasons.put("activation", "tanh");
        reasons.putArray("out_proj").add(h.reasonCount()).add(h.reasonsHidden());
        reasons.put("output", "logits, one per category; probability = sigmoid(logit)");
        ObjectNode risk = n.putObject("risk_head");
        risk.putArray("dense").add(h.riskHidden()).add(hidden);
        risk.put("activation", "tanh");
        risk.putArray("out_proj").add(1).add(h.riskHidden());
        risk.put("output", "risk_score = 100 * sigmoid(out)");
        return n;
    }

    static void write(RobertaConfig c, Path file) {
        try {
            Files.writeString(file, toJson(c) + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot write config " + file + ": " + e.getMessage(), e);
        }
    }
}
