package com.fintune.ml.model;

import com.fintune.ml.tokenizer.EncodedBatch;

import java.util.List;

/**
 * Token ids and attention mask of a padded batch, checked against the model: rectangular, same shape, ids inside the
 * vocabulary, mask of 0/1 starting with a real token, length within the position table; plus, for a model that
 * reads them, one row of standardised structured inputs per sequence ({@link StructuredInputs#standardize}).
 *
 * @param structured [batch][inputs] standardised structured inputs; null for a text-only model
 */
public record TokenBatch(int[][] inputIds, int[][] attentionMask, float[][] structured) {

    /** A batch for a text-only model. */
    public TokenBatch(int[][] inputIds, int[][] attentionMask) {
        this(inputIds, attentionMask, null);
    }

    /**
     * Sequences right-padded with {@code padId} to the longest, with the attention mask (the tokenizer's one padding
     * rule), and their structured inputs (null for a text-only model): the only place a batch is padded.
     */
    public static TokenBatch padded(List<int[]> rows, List<float[]> structured, int padId) {
        EncodedBatch b = EncodedBatch.rightPadded(rows, padId);
        return new TokenBatch(b.inputIds(), b.attentionMask(),
                structured == null ? null : structured.toArray(new float[0][]));
    }

    public int batchSize() {
        return inputIds.length;
    }

    public int sequenceLength() {
        return inputIds[0].length;
    }

    /** Checks the batch for {@code config}; the message names the row and position at fault. */
    public TokenBatch validate(RobertaConfig config) {
        if (inputIds.length == 0 || inputIds.length != attentionMask.length) {
            throw new IllegalArgumentException("input_ids has " + inputIds.length + " rows, attention_mask has "
                    + attentionMask.length + " (need the same, at least one)");
        }
        int len = inputIds[0].length;
        if (len == 0 || len > config.maxSequenceLength()) {
            throw new IllegalArgumentException("sequence length " + len + " is outside 1.." + config.maxSequenceLength());
        }
        for (int b = 0; b < inputIds.length; b++) {
            if (inputIds[b].length != len || attentionMask[b].length != len) {
                throw new IllegalArgumentException("row " + b + ": input_ids and attention_mask must all have length "
                        + len);
            }
            if (attentionMask[b][0] != 1) {
                throw new IllegalArgumentException("row " + b + ": attention_mask must start with 1 (the <s> token)");
            }
            for (int i = 0; i < len; i++) {
                int id = inputIds[b][i];
                if (id < 0 || id >= config.vocabSize()) {
                    throw new IllegalArgumentException("row " + b + " position " + i + ": token id " + id
                            + " is outside the vocabulary 0.." + (config.vocabSize() - 1));
                }
                if (attentionMask[b][i] != 0 && attentionMask[b][i] != 1) {
                    throw new IllegalArgumentException("row " + b + " position " + i + ": attention_mask must be 0 or 1");
                }
            }
        }
        validateStructured(config);
        return this;
    }

    private void validateStructured(RobertaConfig config) {
        int wanted = config.structuredCount();
        if (wanted == 0) {
            if (structured != null) {
                throw new IllegalArgumentException("this model reads text only; the batch has structured inputs");
            }
            return;
        }
        if (structured == null || structured.length != inputIds.length) {
            throw new IllegalArgumentException("this model reads " + wanted + " structured inputs per application;"
                    + " the batch has " + (structured == null ? "none" : structured.length + " rows"));
        }
        for (int b = 0; b < structured.length; b++) {
            if (structured[b] == null || structured[b].length != wanted) {
                throw new IllegalArgumentException("row " + b + ": " + wanted + " structured inputs expected");
            }
        }
    }
}
