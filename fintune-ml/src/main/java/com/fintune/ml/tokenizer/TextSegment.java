package com.fintune.ml.tokenizer;

/**
 * A piece of the input text after added tokens were found: either plain text [start, end) for BPE, or an added
 * token (tokenId >= 0) covering [start, end), white space it swallowed included.
 */
record TextSegment(int start, int end, int tokenId) {

    static TextSegment text(int start, int end) {
        return new TextSegment(start, end, -1);
    }

    boolean isAddedToken() {
        return tokenId >= 0;
    }
}
