package com.fintune.ml.tokenizer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds added tokens in raw text the way Hugging Face's {@code AddedVocabulary} does: leftmost-longest literal
 * matches, honouring {@code single_word}, {@code lstrip} and {@code rstrip}; the text between matches is left for
 * the pre-tokeniser. Immutable, so one instance serves all threads.
 */
final class AddedTokenSplitter {

    private final List<AddedToken> longestFirst;

    AddedTokenSplitter(List<AddedToken> tokens) {
        List<AddedToken> sorted = new ArrayList<>(tokens);
        sorted.sort(Comparator.comparingInt((AddedToken t) -> t.content().length()).reversed());
        this.longestFirst = List.copyOf(sorted);
    }

    List<TextSegment> split(String text) {
        List<TextSegment> segments = new ArrayList<>();
        int textStart = 0;
        int position = 0;
        while (position < text.length()) {
            AddedToken match = longestMatchAt(text, position);
            if (match == null) {
                position++;
                continue;
            }
            int start = position;
            int end = position + match.content().length();
            if (match.lstrip()) {
                while (start > textStart && Whitespace.isWhitespace(text.charAt(start - 1))) {
                    start--;
                }
            }
            if (match.rstrip()) {
                while (end < text.length() && Whitespace.isWhitespace(text.charAt(end))) {
                    end++;
                }
            }
            if (start > textStart) {
                segments.add(TextSegment.text(textStart, start));
            }
            segments.add(new TextSegment(start, end, match.id(), position, position + match.content().length()));
            textStart = end;
            position = end;
        }
        if (textStart < text.length()) {
            segments.add(TextSegment.text(textStart, text.length()));
        }
        return segments;
    }

    private AddedToken longestMatchAt(String text, int position) {
        for (AddedToken token : longestFirst) {
            String content = token.content();
            if (text.startsWith(content, position)
                    && (!token.singleWord() || isWholeWord(text, position, position + content.length()))) {
                return token;
            }
        }
        return null;
    }

    private static boolean isWholeWord(String text, int start, int end) {
        boolean before = start == 0 || !isWordChar(text.codePointBefore(start));
        boolean after = end == text.length() || !isWordChar(text.codePointAt(end));
        return before && after;
    }

    private static boolean isWordChar(int codePoint) {
        return Character.isLetterOrDigit(codePoint) || codePoint == '_';
    }
}
