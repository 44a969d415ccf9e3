package com.fintune.ml.tokenizer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** WordPiece tokens found back in the text they came from. */
class TokenAlignmentTest {

    @Test
    void piecesAndAccentsMapOntoTheOriginalCharacters() {
        String text = "Borrower's café job: DTI 47%.";
        List<String> tokens = List.of("[CLS]", "borrow", "##er", "'", "s", "cafe", "job", ":", "dt", "##i", "47", "%",
                ".", "[SEP]");
        TokenSpans s = TokenAlignment.align(text, new int[tokens.size()], tokens);
        assertEquals("", s.span(text, 0));
        assertEquals("Borrow", s.span(text, 1));
        assertEquals("er", s.span(text, 2));
        assertEquals("café", s.span(text, 5));
        assertEquals("DT", s.span(text, 8));
        assertEquals("I", s.span(text, 9));
        assertEquals("%", s.span(text, 11));
        assertEquals("", s.span(text, 13));
    }

    @Test
    void anUnknownTokenCoversNothingAndTheRestStillAligns() {
        String text = "pay ☃ stub";
        List<String> tokens = List.of("pay", "[UNK]", "stub");
        TokenSpans s = TokenAlignment.align(text, new int[3], tokens);
        assertEquals("pay", s.span(text, 0));
        assertEquals("", s.span(text, 1));
        assertEquals("stub", s.span(text, 2));
    }
}
