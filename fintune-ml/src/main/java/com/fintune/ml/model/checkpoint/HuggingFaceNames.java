package com.fintune.ml.model.checkpoint;

/**
 * Maps tensor names found in Hugging Face checkpoints to FinTune's canonical names (see docs/model-format.md).
 * Accepted: {@code roberta.}- or {@code bert.}-prefixed names ({@code RobertaForSequenceClassification}, FinTune's own export), bare
 * {@code RobertaModel} names, and the legacy {@code LayerNorm.gamma/beta}. Buffers such as
 * {@code embeddings.position_ids} are not parameters and are always skipped.
 */
public final class HuggingFaceNames {
    /** The prefix FinTune writes in front of encoder tensors on export, as Hugging Face's classification models do. */
    public static final String ENCODER_PREFIX = "roberta.";
    /** The prefix of Hugging Face's BERT classification checkpoints ({@code BertForSequenceClassification}). */
    public static final String BERT_PREFIX = "bert.";

    /** What a file's tensor name is to FinTune. */
    public enum Kind {
        /** A parameter of FinTune's model. */
        PARAMETER,
        /** A non-parameter buffer (e.g. {@code position_ids}), always skipped. */
        BUFFER,
        /** Another model's head or pooler ({@code classifier.*}, {@code pooler.*}, {@code lm_head.*}). */
        FOREIGN_HEAD
    }

    /** @param canonical the canonical name (meaningful for {@link Kind#PARAMETER}) */
    public record Mapped(Kind kind, String canonical) {
    }

    private HuggingFaceNames() {
    }

    public static Mapped map(String fileName) {
        String n = fileName.startsWith(ENCODER_PREFIX) ? fileName.substring(ENCODER_PREFIX.length())
                : fileName.startsWith(BERT_PREFIX) ? fileName.substring(BERT_PREFIX.length()) : fileName;
        if (n.endsWith("position_ids") || n.endsWith("token_type_ids")) {
            return new Mapped(Kind.BUFFER, n);
        }
        if (n.startsWith("pooler.") || n.startsWith("classifier.") || n.startsWith("lm_head.")) {
            return new Mapped(Kind.FOREIGN_HEAD, n);
        }
        if (n.contains("LayerNorm.gamma")) {
            n = n.replace("LayerNorm.gamma", "LayerNorm.weight");
        } else if (n.contains("LayerNorm.beta")) {
            n = n.replace("LayerNorm.beta", "LayerNorm.bias");
        }
        return new Mapped(Kind.PARAMETER, n);
    }

    /** The name FinTune writes for a canonical parameter: encoder tensors get {@code roberta.}, heads stay bare. */
    public static String exportName(String canonical) {
        return exportName(canonical, false);
    }

    /** As {@link #exportName(String)}, with {@code bert.} in front of a BERT model's encoder tensors. */
    public static String exportName(String canonical, boolean bert) {
        return ParameterLayout.isHead(canonical) ? canonical : (bert ? BERT_PREFIX : ENCODER_PREFIX) + canonical;
    }
}
