package com.fintune.ml.tokenizer;

import java.util.Arrays;

/**
 * Encodes text keeping each token's span in the original string, as Hugging Face does: byte ranges of BPE tokens
 * map back to whole characters, a space put in front maps to the segment's first character, and with
 * {@code trim_offsets} the spaces a token starts or ends with ('Ġ') are left out of its span.
 */
final class OffsetEncoder {

    private static final char SPACE_SYMBOL = ByteLevelAlphabet.charOf(' ');

    private final AddedTokenSplitter addedTokens;
    private final ByteLevelPreTokenizer preTokenizer;
    private final BytePairModel bpe;
    private final TokenVocabulary vocabulary;
    private final boolean trimOffsets;
    private final boolean keepAddedPrefixSpace;

    OffsetEncoder(AddedTokenSplitter addedTokens, ByteLevelPreTokenizer preTokenizer, BytePairModel bpe,
                  TokenVocabulary vocabulary, boolean trimOffsets, boolean keepAddedPrefixSpace) {
        this.addedTokens = addedTokens;
        this.preTokenizer = preTokenizer;
        this.bpe = bpe;
        this.vocabulary = vocabulary;
        this.trimOffsets = trimOffsets;
        this.keepAddedPrefixSpace = keepAddedPrefixSpace;
    }

    /** The text's tokens with their spans, no special tokens, untruncated. */
    TokenSpans encode(String text) {
        IdBuffer ids = new IdBuffer();
        IdBuffer starts = new IdBuffer();
        IdBuffer ends = new IdBuffer();
        StringBuilder tokenTexts = new StringBuilder(); // what trimming looks at, one token after another
        IdBuffer tokenTextEnds = new IdBuffer();
        for (TextSegment segment : addedTokens.split(text)) {
            if (segment.isAddedToken()) {
                // like Hugging Face, an added token's text includes the white space lstrip/rstrip swallowed
                ids.add(segment.tokenId());
                starts.add(segment.start());
                ends.add(segment.end());
                tokenTextEnds.add(tokenTexts.append(text, segment.start(), segment.end()).length());
                continue;
            }
            int segmentStart = segment.start();
            int firstCharEnd = segmentStart + Character.charCount(text.codePointAt(segmentStart));
            preTokenizer.forEachWord(text.substring(segmentStart, segment.end()), (word, start) -> {
                int[] wordIds = bpe.wordIds(word);
                int[] charStart = new int[utf8Length(word)];
                int[] charEnd = new int[charStart.length];
                mapBytesToChars(word, charStart, charEnd);
                int wordStart = segmentStart + start;
                for (int i = 0, b = 0; i < wordIds.length; i++) {
                    String token = vocabulary.token(wordIds[i]);
                    int tokenStart = wordStart + charStart[b];
                    int tokenEnd = wordStart + charEnd[b + token.length() - 1];
                    ids.add(wordIds[i]);
                    starts.add(Math.max(tokenStart, segmentStart)); // the added space stands for the first char
                    ends.add(tokenEnd > segmentStart ? tokenEnd : firstCharEnd);
                    tokenTextEnds.add(tokenTexts.append(token).length());
                    b += token.length();
                }
            });
        }
        TokenSpans spans = new TokenSpans(ids.toArray(), starts.toArray(), ends.toArray());
        if (trimOffsets) {
            trim(spans, tokenTexts, tokenTextEnds.toArray());
        }
        return spans;
    }

    /** Hugging Face's {@code process_offsets}: drop leading/trailing spaces of each token from its span. */
    private void trim(TokenSpans spans, CharSequence tokenTexts, int[] tokenTextEnds) {
        for (int i = 0; i < spans.size(); i++) {
            int from = i == 0 ? 0 : tokenTextEnds[i - 1];
            int to = tokenTextEnds[i];
            int leading = 0;
            while (from + leading < to && isSpace(tokenTexts.charAt(from + leading))) {
                leading++;
            }
            int trailing = 0;
            while (to - 1 - trailing >= from && isSpace(tokenTexts.charAt(to - 1 - trailing))) {
                trailing++;
            }
            if (leading > 0) {
                boolean first = i == 0 || spans.starts()[i] == 0;
                if (!(first && keepAddedPrefixSpace && leading == 1)) {
                    spans.starts()[i] = Math.min(spans.starts()[i] + leading, spans.ends()[i]);
                }
            }
            if (trailing > 0 && spans.ends()[i] >= trailing) {
                spans.ends()[i] = Math.max(spans.ends()[i] - trailing, spans.starts()[i]);
            }
        }
    }

    /** Adds {@code <s>}/{@code </s>} with empty spans, keeping at most maxLength entries in all. */
    static TokenSpans frame(TokenSpans spans, int bos, int eos, int budget) {
        int keep = Math.min(spans.size(), budget);
        int[] ids = new int[keep + 2];
        int[] starts = new int[keep + 2];
        int[] ends = new int[keep + 2];
        ids[0] = bos;
        System.arraycopy(spans.ids(), 0, ids, 1, keep);
        System.arraycopy(spans.starts(), 0, starts, 1, keep);
        System.arraycopy(spans.ends(), 0, ends, 1, keep);
        ids[keep + 1] = eos;
        return new TokenSpans(ids, starts, ends);
    }

    static TokenSpans truncate(TokenSpans spans, int maxLength) {
        if (spans.size() <= maxLength) {
            return spans;
        }
        return new TokenSpans(Arrays.copyOf(spans.ids(), maxLength), Arrays.copyOf(spans.starts(), maxLength),
                Arrays.copyOf(spans.ends(), maxLength));
    }

    private static boolean isSpace(char c) {
        return c == SPACE_SYMBOL || Whitespace.isWhitespace(c);
    }

    private static void mapBytesToChars(String word, int[] charStart, int[] charEnd) {
        int b = 0;
        for (int k = 0; k < word.length(); ) {
            int codePoint = word.codePointAt(k);
            int chars = Character.charCount(codePoint);
            for (int n = utf8Length(codePoint); n > 0; n--, b++) {
                charStart[b] = k;
                charEnd[b] = k + chars;
            }
            k += chars;
        }
    }

    private static int utf8Length(String word) {
        int bytes = 0;
        for (int k = 0; k < word.length(); ) {
            int codePoint = word.codePointAt(k);
            bytes += utf8Length(codePoint);
            k += Character.charCount(codePoint);
        }
        return bytes;
    }

    /** Bytes of one code point in UTF-8; a lone surrogate is written as '?' (one byte), as String.getBytes does. */
    private static int utf8Length(int codePoint) {
        if (codePoint < 0x80 || Character.isSurrogate((char) codePoint) && codePoint <= 0xFFFF) {
            return 1;
        }
        return codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
    }
}
