package com.fintune.ml.cli;

import com.fintune.ml.model.ModelOutput;

/** Formats one {@code encode} output line (floats in Java's shortest round-trip form). */
final class EncodeJson {
    private EncodeJson() {
    }

    static String line(ModelOutput result) {
        StringBuilder sb = new StringBuilder(4096);
        sb.append("{\"reason_logits\":");
        floats(sb, result.reasonLogits()[0]);
        sb.append(",\"risk\":").append(result.riskScores()[0]);
        sb.append(",\"last_hidden_state\":[");
        float[][] hidden = result.lastHiddenState()[0];
        for (int i = 0; i < hidden.length; i++) {
            if (i > 0) {
                sb.append(',');
            }
            floats(sb, hidden[i]);
        }
        return sb.append("]}\n").toString();
    }

    private static void floats(StringBuilder sb, float[] values) {
        sb.append('[');
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(values[i]);
        }
        sb.append(']');
    }
}
