package com.fintune.ml.serving;

import java.util.List;

/**
 * How much attention the first token ({@code <s>} / {@code [CLS]}, whose final state the heads read) pays to each
 * token of the text the model read, per layer and head.
 *
 * @param text    the text the model read (its {@code fintune_text} view: the masked notes or the combined text)
 * @param tokens  the tokens, specials included, with offsets into {@code text} (specials cover nothing)
 * @param weights [layer][head][token] attention probabilities of the first token; each [layer][head] sums to 1
 */
public record TokenAttention(String text, List<Token> tokens, float[][][] weights) {

    /** One token as the vocabulary writes it and the characters of {@code text} it stands for. */
    public record Token(String token, int start, int end) {
    }
}
