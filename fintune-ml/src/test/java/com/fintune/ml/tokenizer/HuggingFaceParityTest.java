package com.fintune.ml.tokenizer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.djl.huggingface.tokenizers.jni.CharSpan;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Differential test against Hugging Face's own Rust tokenizer (through DJL, test scope only) on thousands of seeded
 * adversarial texts: ids with and without special tokens, both add_prefix_space settings, decoding, and pair
 * truncation. The fixture vectors pin known answers; this looks for cases nobody thought to write down.
 */
class HuggingFaceParityTest {

    private static final List<String> TEXTS = RandomTexts.generate(3000, 42);

    @Test
    void sameIdsAsHuggingFaceForAdversarialTexts() throws IOException {
        compareOn(TokenizerFixtures.tokenizerJson(), TokenizerFixtures.robertaBase());
    }

    @Test
    void sameIdsAsHuggingFaceWithAddPrefixSpace(@TempDir Path dir) throws IOException {
        ObjectNode json = (ObjectNode) TokenizerFixtures.tokenizerTree();
        ((ObjectNode) json.get("pre_tokenizer")).put("add_prefix_space", true);
        ((ObjectNode) json.get("post_processor")).put("add_prefix_space", true);
        RobertaTokenizer prefixed = RobertaTokenizer.fromJson(json);
        Path file = dir.resolve("tokenizer.json");
        prefixed.save(file);
        compareOn(file, prefixed);
    }

    @Test
    void samePairTruncationAsHuggingFace() throws IOException {
        RobertaTokenizer ours = TokenizerFixtures.robertaBase();
        for (int maxLength : new int[] {4, 7, 10, 16, 33}) {
            try (HuggingFaceTokenizer theirs = HuggingFaceTokenizer.newInstance(TokenizerFixtures.tokenizerJson(),
                    Map.of("maxLength", String.valueOf(maxLength), "truncation", "true", "padding", "false"))) {
                for (int i = 0; i + 1 < 400; i += 2) {
                    String first = TEXTS.get(i);
                    String second = TEXTS.get(i + 1);
                    assertArrayEquals(theirs.encode(first, second).getIds(),
                            toLong(ours.encodePair(first, second, maxLength)), "max " + maxLength + " pair " + i);
                    assertArrayEquals(theirs.encode(first).getIds(), toLong(ours.encode(first, true, maxLength)),
                            "max " + maxLength + " text " + i);
                }
            }
        }
    }

    private static void compareOn(Path file, RobertaTokenizer ours) throws IOException {
        Map<String, String> untruncated = Map.of("truncation", "false", "padding", "false");
        try (HuggingFaceTokenizer plain = HuggingFaceTokenizer.builder().optTokenizerPath(file)
                .optAddSpecialTokens(false).optTruncation(false).build();
             HuggingFaceTokenizer wrapped = HuggingFaceTokenizer.newInstance(file, untruncated)) {
            int checked = 0;
            for (String text : TEXTS) {
                long[] expected = plain.encode(text).getIds();
                int[] actual = ours.encode(text, false);
                assertArrayEquals(expected, toLong(actual), () -> "text " + Arrays.toString(text.codePoints().toArray()));
                assertArrayEquals(wrapped.encode(text).getIds(), toLong(ours.encode(text, true)));
                assertEquals(plain.decode(expected, false), ours.decode(actual, false));
                assertSameSpans(text, plain.encode(text).getCharTokenSpans(), ours.encodeWithSpans(text, false, Integer.MAX_VALUE));
                checked++;
            }
            assertEquals(TEXTS.size(), checked);
        }
    }

    /** Hugging Face counts offsets in code points, TokenSpans in UTF-16 units: compare in code points. */
    private static void assertSameSpans(String text, CharSpan[] expected, TokenSpans actual) {
        assertEquals(expected.length, actual.size());
        for (int i = 0; i < expected.length; i++) {
            int start = text.codePointCount(0, actual.starts()[i]);
            int end = text.codePointCount(0, actual.ends()[i]);
            int token = i;
            assertEquals(expected[i].getStart() + ".." + expected[i].getEnd(), start + ".." + end,
                    () -> "token " + token + " of " + Arrays.toString(text.codePoints().toArray()));
        }
    }

    private static long[] toLong(int[] ids) {
        return Arrays.stream(ids).asLongStream().toArray();
    }
}
