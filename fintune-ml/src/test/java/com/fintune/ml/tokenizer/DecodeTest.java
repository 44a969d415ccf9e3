package com.fintune.ml.tokenizer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class DecodeTest {

    private final RobertaTokenizer tokenizer = TokenizerFixtures.robertaBase();

    @Test
    void everyFixtureTextSurvivesARoundTrip() {
        for (TokenizerFixtures.Case c : TokenizerFixtures.cases()) {
            assertEquals(c.text(), tokenizer.decode(tokenizer.encode(c.text(), true), true), "line " + c.line());
        }
    }

    @Test
    void specialTokensAreKeptOrSkipped() {
        int[] ids = {0, 31414, 232, 2, 1, 1};
        assertEquals("<s>Hello world</s><pad><pad>", tokenizer.decode(ids, false));
        assertEquals("Hello world", tokenizer.decode(ids, true));
        int[] masked = tokenizer.encode("The capital of France is <mask>.", true);
        assertEquals("<s>The capital of France is<mask>.</s>", tokenizer.decode(masked, false));
        assertEquals("The capital of France is.", tokenizer.decode(masked, true));
    }

    @Test
    void aCutMultiByteCharacterDecodesToTheReplacementCharacter() {
        // "é" is two bytes; its first byte alone is not valid UTF-8
        int firstByte = tokenizer.tokenId("Ã");
        assertEquals("\uFFFD", tokenizer.decode(new int[] {firstByte}, false));
    }

    @Test
    void tokensAreShownAsWrittenInTheVocabulary() {
        assertEquals(List.of("<s>", "Hello", "Ġworld", "</s>"), tokenizer.tokens(new int[] {0, 31414, 232, 2}));
        assertEquals(232, tokenizer.tokenId("Ġworld"));
        assertEquals(-1, tokenizer.tokenId("no such token"));
    }

    @Test
    void unknownIdsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> tokenizer.decode(new int[] {50265}, false));
        assertThrows(IllegalArgumentException.class, () -> tokenizer.decode(new int[] {-1}, false));
    }
}
