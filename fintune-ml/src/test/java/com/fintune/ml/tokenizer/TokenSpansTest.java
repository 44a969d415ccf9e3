package com.fintune.ml.tokenizer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** Token spans (offsets) as Hugging Face reports them, trim_offsets included; expected values taken from it. */
class TokenSpansTest {

    private final RobertaTokenizer tokenizer = TokenizerFixtures.robertaBase();

    @Test
    void wordsMapBackToTheirCharactersWithoutTheirLeadingSpace() {
        String text = "The capital of France is <mask>.";
        TokenSpans spans = tokenizer.encodeWithSpans(text, true, Integer.MAX_VALUE);
        assertArrayEquals(tokenizer.encode(text, true), spans.ids());
        assertArrayEquals(new int[] {0, 0, 4, 12, 15, 22, 25, 31, 0}, spans.starts());
        assertArrayEquals(new int[] {0, 3, 11, 14, 21, 24, 31, 32, 0}, spans.ends());
        assertEquals("capital", spans.span(text, 2));
        assertEquals("<mask>", spans.span(text, 6));
        assertEquals("", spans.span(text, 0));
    }

    @Test
    void tokensInsideOneCharacterAllCoverIt() {
        TokenSpans spans = tokenizer.encodeWithSpans("a😀b", false, Integer.MAX_VALUE);
        assertArrayEquals(new int[] {102, 18636, 7471, 428}, spans.ids());
        assertArrayEquals(new int[] {0, 1, 1, 3}, spans.starts());
        assertArrayEquals(new int[] {1, 3, 3, 4}, spans.ends());
    }

    @Test
    void spaceOnlyTokensBecomeEmptySpans() {
        TokenSpans spans = tokenizer.encodeWithSpans("x  \n y", false, Integer.MAX_VALUE);
        assertArrayEquals(new int[] {1178, 1437, 1437, 50118, 1423}, spans.ids());
        assertArrayEquals(new int[] {0, 2, 3, 3, 5}, spans.starts());
        assertArrayEquals(new int[] {1, 2, 3, 4, 6}, spans.ends());
    }

    @Test
    void truncationKeepsSpansAligned() {
        TokenSpans spans = tokenizer.encodeWithSpans("Hello world! cécé", true, 4);
        assertArrayEquals(new int[] {0, 31414, 232, 2}, spans.ids());
        assertArrayEquals(new int[] {0, 0, 6, 0}, spans.starts());
        assertArrayEquals(new int[] {0, 5, 11, 0}, spans.ends());
        assertEquals(2, tokenizer.encodeWithSpans("Hello world! cécé", false, 2).size());
    }

    @Test
    void withAddPrefixSpaceTheAddedSpaceStandsForTheFirstCharacter() throws IOException {
        ObjectNode json = (ObjectNode) TokenizerFixtures.tokenizerTree();
        ((ObjectNode) json.get("pre_tokenizer")).put("add_prefix_space", true);
        ((ObjectNode) json.get("post_processor")).put("add_prefix_space", true);
        RobertaTokenizer prefixed = RobertaTokenizer.fromJson(json);
        TokenSpans hello = prefixed.encodeWithSpans(" Hello", false, Integer.MAX_VALUE);
        assertArrayEquals(new int[] {0}, hello.starts());
        assertArrayEquals(new int[] {6}, hello.ends());
        TokenSpans newline = prefixed.encodeWithSpans("\n", false, Integer.MAX_VALUE);
        assertArrayEquals(new int[] {1437, 50118}, newline.ids());
        assertArrayEquals(new int[] {0, 0}, newline.starts());
        assertArrayEquals(new int[] {0, 1}, newline.ends());
        TokenSpans masked = prefixed.encodeWithSpans("The capital of France is <mask>.", false, Integer.MAX_VALUE);
        assertEquals(32, masked.starts()[6]);
        assertEquals(32, masked.ends()[6]);
    }
}
