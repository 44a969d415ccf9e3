package com.fintune.ml.tokenizer;

import java.util.List;

/**
 * What the encoder's callers need from a tokenizer, whatever its algorithm: RoBERTa's byte-level BPE
 * ({@link RobertaTokenizer}) or BERT's WordPiece ({@link WordPieceTokenizer}). Pick one with {@link TextTokenizers}.
 * Implementations are immutable and safe to share between serving threads.
 */
public interface TextTokenizer {

    /** The text's ids, untruncated; with {@code addSpecial}, framed as the model expects ({@code <s> … </s>},
     * {@code [CLS] … [SEP]}). */
    int[] encode(String text, boolean addSpecial);

    /** As {@link #encode(String, boolean)}, cut at the end so the result (specials included, the closing special
     * kept) has at most {@code maxLength} ids. */
    int[] encode(String text, boolean addSpecial, int maxLength);

    /** Framed, truncated to maxLength (specials included) and right-padded with {@link #padId()} to the longest
     * row, with its attention mask. */
    default EncodedBatch encodeBatch(List<String> texts, int maxLength) {
        int[][] rows = new int[texts.size()][];
        int longest = 0;
        for (int i = 0; i < rows.length; i++) {
            rows[i] = encode(texts.get(i), true, maxLength);
            longest = Math.max(longest, rows[i].length);
        }
        return Padding.rightPad(rows, longest, padId());
    }

    /** The vocabulary entries of {@code ids}, as written in tokenizer.json (for display). */
    List<String> tokens(int[] ids);

    /** The id of the padding token. */
    int padId();

    /** Rows an embedding matrix needs: one more than the highest id. */
    int vocabSize();
}
