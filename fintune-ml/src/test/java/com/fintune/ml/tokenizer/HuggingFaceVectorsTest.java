package com.fintune.ml.tokenizer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every vector of the roberta-base fixture, produced by Hugging Face's tokenizer, must come out identically. */
class HuggingFaceVectorsTest {

    private final RobertaTokenizer tokenizer = TokenizerFixtures.robertaBase();

    @Test
    void fixtureHasAllVectors() {
        assertEquals(47, TokenizerFixtures.cases().size());
    }

    @Test
    void readsTheFixturesSettings() {
        assertFalse(tokenizer.addsPrefixSpace());
        assertEquals(50265, tokenizer.vocabSize());
        assertEquals(List.of(0, 2, 1, 50264),
                List.of(tokenizer.bosId(), tokenizer.eosId(), tokenizer.padId(), tokenizer.maskId()));
    }

    @TestFactory
    Stream<DynamicTest> withoutSpecialTokens() {
        return TokenizerFixtures.cases().stream().map(c -> DynamicTest.dynamicTest(
                "line " + c.line() + ": " + printable(c.text()),
                () -> assertArrayEquals(withoutSpecials(c), tokenizer.encode(c.text(), false),
                        () -> "line " + c.line() + " " + printable(c.text()))));
    }

    @TestFactory
    Stream<DynamicTest> withSpecialTokens() {
        return TokenizerFixtures.cases().stream().map(c -> DynamicTest.dynamicTest(
                "line " + c.line() + ": " + printable(c.text()),
                () -> assertArrayEquals(withSpecials(c), tokenizer.encode(c.text(), true),
                        () -> "line " + c.line() + " " + printable(c.text()))));
    }

    @Test
    void capitalOfFranceMaskExampleSwallowsTheSpaceBeforeMask() {
        // Hugging Face's fill-mask example for roberta-base; <mask> has lstrip, so " <mask>" is one token
        assertArrayEquals(new int[] {0, 133, 812, 9, 1470, 16, 50264, 4, 2},
                tokenizer.encode("The capital of France is <mask>.", true));
    }

    @Test
    void specialTokensWrittenInTheTextAreRecognised() {
        assertArrayEquals(new int[] {0, 31414, 2, 232}, tokenizer.encode("<s>Hello</s> world", false));
        assertArrayEquals(new int[] {31414, 50264, 3023}, tokenizer.encode("Hello  <mask> x", false));
        assertArrayEquals(new int[] {1178, 50264}, tokenizer.encode("x\n<mask>", false));
        assertArrayEquals(new int[] {31414, 1437, 1}, tokenizer.encode("Hello <pad>", false));
    }

    private int[] withoutSpecials(TokenizerFixtures.Case c) {
        return c.withSpecialTokens() ? Arrays.copyOfRange(c.ids(), 1, c.ids().length - 1) : c.ids();
    }

    private int[] withSpecials(TokenizerFixtures.Case c) {
        if (c.withSpecialTokens()) {
            return c.ids();
        }
        return IntStream.concat(IntStream.concat(IntStream.of(0), Arrays.stream(c.ids())), IntStream.of(2)).toArray();
    }

    private static String printable(String text) {
        String shown = text.replace("\n", "\\n").replace("\t", "\\t");
        return shown.length() > 40 ? shown.substring(0, 40) + "…" : shown;
    }
}
