package com.fintune.ml.tokenizer;

/** The ids RoBERTa gives a role: sequence start ({@code <s>}), end ({@code </s>}), padding and the MLM mask. */
record SpecialIds(int bos, int eos, int pad, int mask) {
}
