package com.fintune.ml.tokenizer;

import com.fintune.ml.model.checkpoint.BaseModel;
import com.fintune.ml.model.checkpoint.BaseModelImport;
import com.fintune.ml.model.checkpoint.BaseModelWeights;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** all-MiniLM-L6-v2's WordPiece tokenizer: ids checked by hand against its vocabulary, framing, truncation. */
class WordPieceTokenizerTest {
    private static final List<String> TEXTS = List.of("Hello, world!", "The loan was approved.",
            "Borrower's DTI is 43.5% — café résumé", "unaffordable refinancing", "", "a", "OK",
            "LTV 97%, CLTV 103%, reserves < 2 months.", "Naïve façade — ÉLAN", "1234567890 0.001 -42",
            "Self-employed since 2015 (Schedule C)!!!", "Résidence principale à Montréal",
            "Is the co-borrower's income grossed up by 25%?", "title insurance pending; appraisal low",
            "\"insufficient cash to close\" & \"unverifiable assets\"", "tab\tand\nnewline",
            "emoji 🙂 and 中文 characters", "[MASK] literal", "  leading and trailing spaces  ", "ＦＵＬＬ width");

    private final TextTokenizer tokenizer = miniLm();

    private static TextTokenizer miniLm() {
        try {
            return TextTokenizers.read(BaseModelWeights.resourceBytes(BaseModel.ALL_MINILM_L6_V2,
                    BaseModelImport.MINILM_TOKENIZER_RESOURCE));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Expected ids looked up by hand in the vocabulary: lower-cased, accents stripped, "##" continuations. */
    @Test
    void handCheckedIds() {
        assertArrayEquals(new int[]{101, 7592, 1010, 2088, 999, 102}, tokenizer.encode("Hello, world!", true));
        assertArrayEquals(new int[]{101, 1996, 5414, 2001, 4844, 1012, 102},
                tokenizer.encode("The loan was approved.", true));
        // borrow ##er ' s dt ##i is 43 . 5 % — cafe resume
        assertArrayEquals(new int[]{101, 17781, 2121, 1005, 1055, 26718, 2072, 2003, 4724, 1012, 1019, 1003, 1517,
                7668, 13746, 102}, tokenizer.encode("Borrower's DTI is 43.5% — café résumé", true));
        // una ##ff ##ord ##able ref ##ina ##nc ##ing
        assertArrayEquals(new int[]{14477, 4246, 8551, 3085, 25416, 3981, 12273, 2075},
                tokenizer.encode("unaffordable refinancing", false));
        assertEquals(List.of("[CLS]", "hello", ",", "world", "!", "[SEP]"),
                tokenizer.tokens(tokenizer.encode("Hello, world!", true)));
    }

    @Test
    void everyTextIsFramedAndUnpadded() {
        assertInstanceOf(WordPieceTokenizer.class, tokenizer);
        assertEquals(0, tokenizer.padId());
        assertEquals(30522, tokenizer.vocabSize());
        for (String text : TEXTS) {
            int[] with = tokenizer.encode(text, true);
            int[] without = tokenizer.encode(text, false);
            assertEquals(without.length + 2, with.length, text);
            assertEquals(101, with[0], text);
            assertEquals(102, with[with.length - 1], text);
            for (int id : without) {
                assertTrue(id != 0 && id != 101 && id != 102, text + ": special id " + id + " inside");
            }
        }
        assertArrayEquals(new int[]{101, 102}, tokenizer.encode("", true), "the file's padding to 128 is off");
    }

    @Test
    void truncationKeepsSep() {
        String longText = "the applicant has stable income ".repeat(100);
        int[] full = tokenizer.encode(longText, true);
        assertTrue(full.length > 128, "the file's own truncation at 128 is off");
        int[] cut = tokenizer.encode(longText, true, 16);
        assertEquals(16, cut.length);
        assertEquals(102, cut[15]);
        int[] prefix = new int[15];
        System.arraycopy(full, 0, prefix, 0, 15);
        assertArrayEquals(prefix, java.util.Arrays.copyOf(cut, 15));
        assertEquals(8, tokenizer.encode(longText, false, 8).length);
        assertThrows(IllegalArgumentException.class, () -> tokenizer.encode("x", true, 1));
    }

    @Test
    void batchPadsWithZero() {
        EncodedBatch b = tokenizer.encodeBatch(List.of("OK", "The loan was approved."), 64);
        assertEquals(7, b.sequenceLength());
        assertArrayEquals(new int[]{101, 7929, 102, 0, 0, 0, 0}, b.inputIds()[0]);
        assertArrayEquals(new int[]{1, 1, 1, 0, 0, 0, 0}, b.attentionMask()[0]);
    }

    @Test
    void concurrentEncodingMatchesSerial() throws Exception {
        List<int[]> serial = TEXTS.stream().map(t -> tokenizer.encode(t, true)).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<int[]>>> runs = new ArrayList<>();
            for (int r = 0; r < 8; r++) {
                runs.add(pool.submit(() -> TEXTS.stream().map(t -> tokenizer.encode(t, true)).toList()));
            }
            for (Future<List<int[]>> run : runs) {
                List<int[]> got = run.get();
                for (int i = 0; i < TEXTS.size(); i++) {
                    assertArrayEquals(serial.get(i), got.get(i), TEXTS.get(i));
                }
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void factoryPicksByModelType() throws Exception {
        assertInstanceOf(RobertaTokenizer.class, TextTokenizers.load(TokenizerFixtures.tokenizerJson()));
        var dir = Files.createTempDirectory("tok");
        var odd = dir.resolve("tokenizer.json");
        Files.writeString(odd, "{\"model\":{\"type\":\"Unigram\",\"vocab\":[]}}");
        TokenizerFileException e = assertThrows(TokenizerFileException.class, () -> TextTokenizers.load(odd));
        assertTrue(e.getMessage().contains("Unigram"), e.getMessage());
    }
}
