package com.fintune.ml.train.mlm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A masked batch is padded by the one padding rule, and only real, inner tokens are corrupted. */
class MaskedBatchTest {

    @Test
    void padsWithThePadIdAndMasksOnlyRealInnerTokens() {
        List<int[]> texts = List.of(new int[]{0, 10, 11, 12, 2}, new int[]{0, 13, 2});
        CorpusVocabulary vocab = CorpusVocabulary.of(texts, 20, 0, 1, 2);
        MaskedBatch b = MaskedBatch.of(texts, vocab, 0.5, 3, 1, new Random(7));
        assertEquals(5, b.sequenceLength());
        assertArrayEquals(new int[]{1, 1, 1, 1, 1}, b.attentionMask()[0]);
        assertArrayEquals(new int[]{1, 1, 1, 0, 0}, b.attentionMask()[1]);
        assertEquals(1, b.inputIds()[1][3]);
        assertEquals(1, b.inputIds()[1][4]);
        assertEquals(0, b.inputIds()[1][0]);
        assertEquals(2, b.inputIds()[1][2]);
        assertTrue(b.flatPositions().length >= 2, "at least one chosen token per text");
        for (int flat : b.flatPositions()) {
            int row = flat / 5;
            int pos = flat % 5;
            assertTrue(pos >= 1 && pos < texts.get(row).length - 1, "position " + flat);
        }
        assertArrayEquals(new int[]{0, 10, 11, 12, 2}, texts.get(0), "the caller's rows are not modified");
    }
}
