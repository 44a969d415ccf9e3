package com.fintune.ml.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.file.Path;
import java.util.List;

/**
 * A Hugging Face RoBERTa or BERT {@code config.json} as the encoder needs it, plus FinTune's non-standard {@code fintune_heads}.
 * Unknown keys are kept in {@code source} so that writing the config back preserves them.
 *
 * @param labels reason labels in logit order (from {@code id2label}); their count is the reasons head's width
 * @param heads  head widths; {@code null} when the config does not say (they then come from the checkpoint tensors)
 * @param structured the tabular inputs the heads read beside the {@code <s>} embedding ({@code
 *                   fintune_structured_inputs}); {@code null} for a text-only model
 * @param source the parsed JSON, for round-tripping keys this record does not model
 * @param modelType {@code model_type}: RoBERTa or BERT (position ids and special ids differ, see {@link ModelType})
 */
public record RobertaConfig(int vocabSize, int hiddenSize, int numHiddenLayers, int numAttentionHeads,
                            int intermediateSize, int maxPositionEmbeddings, int typeVocabSize,
                            double layerNormEps, Activation activation, int padTokenId, int bosTokenId,
                            int eosTokenId, double hiddenDropoutProb, double attentionDropoutProb,
                            List<String> labels, HeadSizes heads, StructuredInputs structured,
                            ObjectNode source, ModelType modelType) {

    public RobertaConfig {
        labels = List.copyOf(labels);
        modelType = modelType == null ? ModelType.ROBERTA : modelType;
        if (hiddenSize % numAttentionHeads != 0) {
            throw new IllegalArgumentException("hidden_size " + hiddenSize + " is not a multiple of num_attention_heads "
                    + numAttentionHeads);
        }
        if (vocabSize <= 0 || numHiddenLayers <= 0 || intermediateSize <= 0 || maxPositionEmbeddings <= padTokenId + 1
                || typeVocabSize <= 0 || !(layerNormEps > 0) || labels.isEmpty()) {
            throw new IllegalArgumentException("config has a non-positive size, eps, label list or too few positions");
        }
    }

    /** Width of one attention head. */
    public int headDim() {
        return hiddenSize / numAttentionHeads;
    }

    /** Longest input the position table allows: RoBERTa's ids start at {@code pad + 1}, BERT's at 0. */
    public int maxSequenceLength() {
        return isBert() ? maxPositionEmbeddings : maxPositionEmbeddings - padTokenId - 1;
    }

    /** The position-table row that padding uses and that gets no gradient: RoBERTa's pad id; none (-1) for BERT,
     * whose position 0 is the first token's. */
    public int positionPaddingRow() {
        return isBert() ? -1 : padTokenId;
    }

    /** BERT-family (position ids 0 … seq-1) rather than RoBERTa (padding-aware position ids). */
    public boolean isBert() {
        return modelType == ModelType.BERT;
    }

    /** Head sizes from the config, or the seed's defaults (hidden/2, hidden/4). */
    public HeadSizes headsOrDefault() {
        return heads != null ? heads : HeadSizes.defaultsFor(hiddenSize, labels.size());
    }

    /** Number of structured inputs the heads read (0 for a text-only model). */
    public int structuredCount() {
        return structured == null ? 0 : structured.count();
    }

    /** Width of each head's first dense layer's input: the {@code <s>} embedding plus the structured inputs. */
    public int headInputWidth() {
        return hiddenSize + structuredCount();
    }

    public RobertaConfig withHeads(HeadSizes newHeads) {
        return new RobertaConfig(vocabSize, hiddenSize, numHiddenLayers, numAttentionHeads, intermediateSize,
                maxPositionEmbeddings, typeVocabSize, layerNormEps, activation, padTokenId, bosTokenId, eosTokenId,
                hiddenDropoutProb, attentionDropoutProb, labels, newHeads, structured, source, modelType);
    }

    /** The same model reading {@code inputs} beside its text (null: text only). */
    public RobertaConfig withStructured(StructuredInputs inputs) {
        return new RobertaConfig(vocabSize, hiddenSize, numHiddenLayers, numAttentionHeads, intermediateSize,
                maxPositionEmbeddings, typeVocabSize, layerNormEps, activation, padTokenId, bosTokenId, eosTokenId,
                hiddenDropoutProb, attentionDropoutProb, labels, heads, inputs, source, modelType);
    }

    /**
     * A config for a given shape (used for random-weight benchmarks and pre-training from scratch): RoBERTa's
     * special ids (bos 0, pad 1, eos 2), eps 1e-5, exact GELU, dropout 0.1, default head sizes.
     */
    public static RobertaConfig ofShape(int vocabSize, int hiddenSize, int layers, int attentionHeads,
                                        int intermediateSize, int maxPositions, List<String> labels) {
        return new RobertaConfig(vocabSize, hiddenSize, layers, attentionHeads, intermediateSize, maxPositions, 1,
                1e-5, Activation.GELU, 1, 0, 2, 0.1, 0.1, labels,
                HeadSizes.defaultsFor(hiddenSize, labels.size()), null, null, ModelType.ROBERTA);
    }

    /**
     * A BERT config for a given shape (MiniLM and the like): BERT's special ids ([PAD] 0, [CLS] 101, [SEP] 102),
     * eps 1e-12, exact GELU, two token types, dropout 0.1, default head sizes.
     */
    public static RobertaConfig bertOfShape(int vocabSize, int hiddenSize, int layers, int attentionHeads,
                                            int intermediateSize, int maxPositions, List<String> labels) {
        return new RobertaConfig(vocabSize, hiddenSize, layers, attentionHeads, intermediateSize, maxPositions, 2,
                1e-12, Activation.GELU, 0, 101, 102, 0.1, 0.1, labels,
                HeadSizes.defaultsFor(hiddenSize, labels.size()), null, null, ModelType.BERT);
    }

    public static RobertaConfig read(Path configJson) {
        return RobertaConfigJson.read(configJson);
    }

    public static RobertaConfig parse(JsonNode json) {
        return RobertaConfigJson.parse(json);
    }

    /** The config as Hugging Face-compatible JSON (pretty-printed), including {@code fintune_heads}. */
    public String toJson() {
        return RobertaConfigJson.toJson(this);
    }

    public void write(Path configJson) {
        RobertaConfigJson.write(this, configJson);
    }
}
