package com.fintune.ml.tokenizer;

import java.text.Normalizer;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Where each token of a tokenizer without its own offsets (BERT's WordPiece here) came from in the text, found by
 * matching the token's characters forward from the previous token's end on a folded copy of the text (lower case,
 * accents dropped, one character for one character, so indices stay the text's). Tokens that are markers
 * ({@code [CLS]}, {@code [SEP]}, {@code [UNK]}, {@code <s>} …) or that cannot be found cover nothing at the current
 * position. For display (which words attention falls on), not for tokenising.
 */
public final class TokenAlignment {

    private static final Pattern MARKER = Pattern.compile("\\[[A-Z]+]|<[^<>\\s]+>");

    private TokenAlignment() {
    }

    public static TokenSpans align(String text, int[] ids, List<String> tokens) {
        if (ids.length != tokens.size()) {
            throw new IllegalArgumentException("one token text per id needed");
        }
        String folded = fold(text);
        int[] starts = new int[ids.length];
        int[] ends = new int[ids.length];
        int cursor = 0;
        for (int i = 0; i < ids.length; i++) {
            String token = tokens.get(i);
            starts[i] = cursor;
            ends[i] = cursor;
            if (MARKER.matcher(token).matches()) {
                continue;
            }
            String piece = fold(token.startsWith("##") ? token.substring(2) : token);
            int at = piece.isEmpty() ? -1 : folded.indexOf(piece, cursor);
            if (at >= 0) {
                starts[i] = at;
                ends[i] = at + piece.length();
                cursor = ends[i];
            }
        }
        return new TokenSpans(ids.clone(), starts, ends);
    }

    /** Lower case without accents, one character per character of {@code s}. */
    static String fold(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 128) {
                out.append(Character.toLowerCase(c));
            } else {
                String base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
                out.append(Character.toLowerCase(base.isEmpty() ? c : base.charAt(0)));
            }
        }
        return out.toString();
    }
}
