package com.fintune.ml.tokenizer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Every token the tokenizer knows (BPE vocabulary plus added tokens), both ways: id to text and text to id. */
final class TokenVocabulary {

    private final String[] tokenById;
    private final boolean[] addedById;
    private final boolean[] specialById;
    private final Map<String, Integer> idByToken;

    TokenVocabulary(Map<String, Integer> vocab, List<AddedToken> added) {
        int size = 0;
        for (int id : vocab.values()) {
            size = Math.max(size, id + 1);
        }
        for (AddedToken token : added) {
            size = Math.max(size, token.id() + 1);
        }
        tokenById = new String[size];
        addedById = new boolean[size];
        specialById = new boolean[size];
        idByToken = new HashMap<>(vocab);
        vocab.forEach((token, id) -> tokenById[id] = token);
        for (AddedToken token : added) {
            tokenById[token.id()] = token.content();
            addedById[token.id()] = true;
            specialById[token.id()] = token.special();
            idByToken.put(token.content(), token.id());
        }
    }

    /** One more than the highest id, i.e. the rows an embedding matrix needs. */
    int size() {
        return tokenById.length;
    }

    /** The token's text as written in tokenizer.json (byte-level symbols for BPE tokens); null for a gap. */
    String token(int id) {
        return id >= 0 && id < tokenById.length ? tokenById[id] : null;
    }

    boolean isAdded(int id) {
        return id >= 0 && id < addedById.length && addedById[id];
    }

    boolean isSpecial(int id) {
        return id >= 0 && id < specialById.length && specialById[id];
    }

    /** The id of a token, or -1 if unknown. */
    int id(String token) {
        return idByToken.getOrDefault(token, -1);
    }

    int require(String token) throws TokenizerFileException {
        int id = id(token);
        if (id < 0) {
            throw new TokenizerFileException("tokenizer.json has no token \"" + token + "\"");
        }
        return id;
    }
}
