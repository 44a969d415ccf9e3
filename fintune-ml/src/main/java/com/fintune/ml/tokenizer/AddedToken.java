package com.fintune.ml.tokenizer;

/**
 * A token from tokenizer.json's {@code added_tokens}, such as {@code <s>} or {@code <mask>}: matched literally in
 * the text before BPE. {@code lstrip}/{@code rstrip} make it swallow the white space on that side;
 * {@code singleWord} makes it match only between non-word characters.
 */
record AddedToken(int id, String content, boolean singleWord, boolean lstrip, boolean rstrip, boolean normalized,
                  boolean special) {

    AddedToken {
        if (content == null || content.isEmpty()) {
            throw new IllegalArgumentException("added token " + id + " has empty content");
        }
    }
}
