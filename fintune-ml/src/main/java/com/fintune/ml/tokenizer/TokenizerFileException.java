package com.fintune.ml.tokenizer;

import java.io.IOException;

/** A tokenizer.json that cannot be used: malformed, or asking for a feature this tokenizer does not have. */
public final class TokenizerFileException extends IOException {

    private static final long serialVersionUID = 1L;

    public TokenizerFileException(String message) {
        super(message);
    }
}
