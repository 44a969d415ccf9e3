package com.fintune.ml.tokenizer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TruncationAndPaddingTest {

    private final RobertaTokenizer tokenizer = TokenizerFixtures.robertaBase();

    @Test
    void truncatesToMaxLengthSpecialTokensIncluded() {
        int[] full = tokenizer.encode("Hello world! cécé herlolip", true);
        int[] cut = tokenizer.encode("Hello world! cécé herlolip", true, 5);
        assertArrayEquals(new int[] {0, 31414, 232, 328, 2}, cut);
        assertEquals(11, full.length);
        assertArrayEquals(full, tokenizer.encode("Hello world! cécé herlolip", true, 11));
        assertArrayEquals(new int[] {0, 2}, tokenizer.encode("Hello", true, 2));
        assertArrayEquals(new int[] {31414, 232}, tokenizer.encode("Hello world!", false, 2));
        assertThrows(IllegalArgumentException.class, () -> tokenizer.encode("Hello", true, 1));
    }

    @Test
    void longTextIsCutToTheDefault512() {
        String longText = "The borrower's debt-to-income ratio is too high. ".repeat(200);
        EncodedBatch batch = tokenizer.encodeBatch(List.of(longText, "short"));
        assertEquals(RobertaTokenizer.DEFAULT_MAX_LENGTH, batch.sequenceLength());
        assertEquals(512, batch.length(0));
        assertEquals(tokenizer.eosId(), batch.inputIds()[0][511]);
        assertEquals(3, batch.length(1));
    }

    @Test
    void batchIsWrappedPaddedAndMasked() {
        EncodedBatch batch = tokenizer.encodeBatch(List.of("Hello world", "Hello world! cécé herlolip", ""), 64);
        assertEquals(3, batch.size());
        assertEquals(11, batch.sequenceLength());
        assertArrayEquals(new int[] {0, 31414, 232, 2, 1, 1, 1, 1, 1, 1, 1}, batch.inputIds()[0]);
        assertArrayEquals(new int[] {1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0}, batch.attentionMask()[0]);
        assertArrayEquals(new int[] {0, 31414, 232, 328, 740, 1140, 12695, 69, 46078, 1588, 2}, batch.inputIds()[1]);
        assertEquals(11, Arrays.stream(batch.attentionMask()[1]).sum());
        assertArrayEquals(new int[] {0, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1}, batch.inputIds()[2]);
        assertEquals(2, batch.length(2));
    }

    @Test
    void batchTruncatesEachRow() {
        EncodedBatch batch = tokenizer.encodeBatch(List.of("Hello world! cécé herlolip", "Hello"), 4);
        assertArrayEquals(new int[] {0, 31414, 232, 2}, batch.inputIds()[0]);
        assertArrayEquals(new int[] {0, 31414, 2, 1}, batch.inputIds()[1]);
        assertArrayEquals(new int[] {1, 1, 1, 0}, batch.attentionMask()[1]);
    }

    @Test
    void emptyBatch() {
        EncodedBatch batch = tokenizer.encodeBatch(List.of(), 16);
        assertEquals(0, batch.size());
        assertEquals(0, batch.sequenceLength());
    }

    @Test
    void pairIsJoinedWithDoubleSeparator() {
        assertArrayEquals(new int[] {0, 31414, 232, 2, 2, 20920, 623, 2},
                tokenizer.encodePair("Hello world", " Hello World", 512));
    }

    @Test
    void pairTruncationTakesFromTheLongerSideFirst() {
        // first = 9 ids, second = 2 ids; budget 10 - 4 specials = 6 -> second keeps 2, first keeps 4
        int[] pair = tokenizer.encodePair("Hello world! cécé herlolip", "Hello world", 10);
        assertArrayEquals(new int[] {0, 31414, 232, 328, 740, 2, 2, 31414, 232, 2}, pair);
        // both long: budget 7 -> 3 for the shorter (first), 4 for the longer
        int[][] kept = Truncation.longestFirst(new int[] {1, 2, 3, 4, 5}, new int[] {6, 7, 8, 9, 10, 11}, 7);
        assertArrayEquals(new int[] {1, 2, 3}, kept[0]);
        assertArrayEquals(new int[] {6, 7, 8, 9}, kept[1]);
    }
}
