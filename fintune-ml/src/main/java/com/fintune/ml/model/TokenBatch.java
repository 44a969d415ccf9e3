package com.fintune.ml.model;

/**
 * Token ids and attention mask of a padded batch, checked against the model: rectangular, same shape, ids inside the
 * vocabulary, mask of 0/1 starting with a real token, length within the position table.
 */
public record TokenBatch(int[][] inputIds, int[][] attentionMask) {

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
        return this;
    }
}
