package com.fintune.ml.tokenizer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hugging Face's {@code ByteLevel} pre-tokeniser: optionally puts a space in front of a text segment that does
 * not start with one, then cuts it into words with GPT-2's pattern. {@code UNICODE_CHARACTER_CLASS} makes Java's
 * {@code \s} match Unicode white space as the Oniguruma engine behind Hugging Face does; Java's regex engine
 * backtracks, so {@code \s+(?!\S)} (white space not followed by a word: leave the last space for the next word)
 * works as written.
 */
final class ByteLevelPreTokenizer {

    static final Pattern GPT2_WORDS = Pattern.compile(
            "'s|'t|'re|'ve|'m|'ll|'d| ?\\p{L}+| ?\\p{N}+| ?[^\\s\\p{L}\\p{N}]+|\\s+(?!\\S)|\\s+",
            Pattern.UNICODE_CHARACTER_CLASS);

    private final boolean addPrefixSpace;
    private final boolean useRegex;

    ByteLevelPreTokenizer(boolean addPrefixSpace, boolean useRegex) {
        this.addPrefixSpace = addPrefixSpace;
        this.useRegex = useRegex;
    }

    /** Receives each word and where it starts in its segment (-1: it starts with the space put in front). */
    @FunctionalInterface
    interface WordSink {
        void word(String word, int start);
    }

    boolean addsPrefixSpace() {
        return addPrefixSpace;
    }

    /** Hands each word of a (non-empty) text segment to {@code sink}, in order. */
    void forEachWord(String segment, WordSink sink) {
        boolean prefixed = addPrefixSpace && !segment.startsWith(" ");
        String text = prefixed ? " " + segment : segment;
        int shift = prefixed ? -1 : 0;
        if (!useRegex) {
            sink.word(text, shift);
            return;
        }
        Matcher matcher = GPT2_WORDS.matcher(text);
        while (matcher.find()) {
            sink.word(matcher.group(), matcher.start() + shift);
        }
    }
}
