package com.fintune.ml.model.graph;

/** Names of the graph's placeholders and outputs. Parameters use their canonical checkpoint names. */
public final class GraphNames {
    /** Token ids, INT [batch, seq]. */
    public static final String INPUT_IDS = "input_ids";
    /** 1 for real tokens, 0 for padding, INT [batch, seq]. */
    public static final String ATTENTION_MASK = "attention_mask";
    /** Standardised structured inputs, FLOAT [batch, inputs] (only for a model that reads them). */
    public static final String STRUCTURED_INPUTS = "structured_inputs";
    /** Multi-hot reason labels, FLOAT [batch, reasons] (trainable graph). */
    public static final String REASON_LABELS = "reason_labels";
    /** Risk targets on the 0..100 scale, FLOAT [batch] (trainable graph). */
    public static final String RISK_TARGETS = "risk_targets";

    public static final String REASON_LOGITS = "reason_logits";
    public static final String RISK_SCORE = "risk_score";
    public static final String LAST_HIDDEN_STATE = "last_hidden_state";
    public static final String CLS_EMBEDDING = "cls_embedding";
    public static final String POSITION_IDS = "position_ids";
    /** Word-embedding rows gathered for the flattened batch, FLOAT [batch·seq, hidden]. */
    public static final String WORD_ROWS = "word_embedding_rows";
    /** Position-embedding rows gathered for the flattened batch, FLOAT [batch·seq, hidden]. */
    public static final String POSITION_ROWS = "position_embedding_rows";
    /**
     * Hidden states entering the graph's first layer when it starts above the embeddings, FLOAT [batch·seq, hidden]
     * (padding rows any value: the attention mask keeps them out of the real tokens' states).
     */
    public static final String HIDDEN_STATES_IN = "hidden_states_in";
    /** Hidden states after the graph's last layer when it stops below the heads, FLOAT [batch·seq, hidden]. */
    public static final String HIDDEN_STATES_OUT = "hidden_states_out";
    public static final String LOSS = "loss";
    public static final String BCE = "bce_loss";
    public static final String MSE = "risk_mse_loss";

    private GraphNames() {
    }

    /** Attention probabilities of one layer, FLOAT [batch, heads, seq, seq]. */
    public static String attentionProbs(int layer) {
        return "attention_probs_" + layer;
    }
}
