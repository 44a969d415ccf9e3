package com.fintune.ml.tokenizer;

/**
 * A piece of the input text after added tokens were found: either plain text [start, end) for BPE, or an added
 * token (tokenId >= 0) covering [start, end) with the white space it swallowed, its own text at [tokenStart, tokenEnd).
 */
record TextSegment(int start, int end, int tokenId, int tokenStart, int tokenEnd) {

    static TextSegment text(int start, int end) {
        return new TextSegment(start, end, -1, start, end);
    }

    boolean isAddedToken() {
        return tokenId >= 0;
    }
}
