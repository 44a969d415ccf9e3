package com.fintune.ml.tokenizer;

/**
 * Token ids with where each token came from in the text: token {@code i} covers {@code text.substring(starts[i],
 * ends[i])} (UTF-16 indices, so a token inside an emoji covers the whole emoji; tokens added by the tokenizer such
 * as {@code <s>} cover nothing, 0..0). Offsets follow Hugging Face's, including {@code trim_offsets}.
 */
public record TokenSpans(int[] ids, int[] starts, int[] ends) {

    public TokenSpans {
        if (ids.length != starts.length || ids.length != ends.length) {
            throw new IllegalArgumentException("ids, starts and ends must have the same length");
        }
    }

    public int size() {
        return ids.length;
    }

    /** The piece of {@code text} that token {@code i} stands for (empty for special tokens). */
    public String span(String text, int i) {
        return text.substring(starts[i], ends[i]);
    }
}
