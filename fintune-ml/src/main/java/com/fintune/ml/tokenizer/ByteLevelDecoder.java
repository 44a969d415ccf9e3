package com.fintune.ml.tokenizer;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Hugging Face's {@code ByteLevel} decoder: each token's symbols go back to bytes (an added token whose text is not
 * all byte-level symbols contributes its UTF-8 as is), and the bytes are read as UTF-8, broken sequences becoming
 * U+FFFD. No clean-up of spaces around punctuation, so decode(encode(text)) gives the text back.
 */
final class ByteLevelDecoder {

    private final TokenVocabulary vocabulary;

    ByteLevelDecoder(TokenVocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    String decode(int[] ids, boolean skipSpecial) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(ids.length * 4);
        for (int id : ids) {
            String token = vocabulary.token(id);
            if (token == null) {
                throw new IllegalArgumentException("token id " + id + " is outside the vocabulary (size "
                        + vocabulary.size() + ")");
            }
            if (skipSpecial && vocabulary.isSpecial(id)) {
                continue;
            }
            appendBytes(token, bytes);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static void appendBytes(String token, ByteArrayOutputStream out) {
        for (int i = 0; i < token.length(); i++) {
            if (ByteLevelAlphabet.byteOf(token.charAt(i)) < 0) {
                out.writeBytes(token.getBytes(StandardCharsets.UTF_8));
                return;
            }
        }
        for (int i = 0; i < token.length(); i++) {
            out.write(ByteLevelAlphabet.byteOf(token.charAt(i)));
        }
    }
}
