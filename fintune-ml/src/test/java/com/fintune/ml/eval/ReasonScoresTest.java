package com.fintune.ml.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReasonScoresTest {
    private static final List<String> NAMES = List.of("A", "B", "C");

    // rows: predicted (p >= 0.5) vs truth
    //  A: pred {0,1,3}, true {0,2,3} -> tp 2, pred 3, sup 3 -> P 2/3 R 2/3 F1 2/3
    //  B: pred {1},     true {1,2}   -> tp 1, pred 1, sup 2 -> P 1 R 1/2 F1 2/3
    //  C: pred {},      true {}      -> vacuous, left out of the macro average
    private static final double[][] P = {
            {0.9, 0.1, 0.2}, {0.6, 0.7, 0.0}, {0.4, 0.3, 0.1}, {0.5, 0.49, 0.3}};
    private static final boolean[][] T = {
            {true, false, false}, {false, true, false}, {true, true, false}, {true, false, false}};

    @Test
    void perCategoryMicroAndMacroMatchHandCounts() {
        ReasonScores s = ReasonScores.compute(P, T, 0.5, NAMES);
        CategoryScore a = s.perCategory().get(0);
        assertEquals(2.0 / 3, a.precision(), 1e-12);
        assertEquals(2.0 / 3, a.recall(), 1e-12);
        assertEquals(3, a.support());
        CategoryScore b = s.perCategory().get(1);
        assertEquals(1.0, b.precision(), 1e-12);
        assertEquals(0.5, b.recall(), 1e-12);
        assertEquals(2.0 / 3, b.f1(), 1e-12);
        // micro: tp 3, predicted 4, support 5 -> P 0.75 R 0.6 F1 = 2*.75*.6/1.35
        assertEquals(0.75, s.microPrecision(), 1e-12);
        assertEquals(0.6, s.microRecall(), 1e-12);
        assertEquals(2 * 0.75 * 0.6 / 1.35, s.microF1(), 1e-12);
        // macro over A and B only
        assertEquals((2.0 / 3 + 1.0) / 2, s.macroPrecision(), 1e-12);
        assertEquals((2.0 / 3 + 0.5) / 2, s.macroRecall(), 1e-12);
        assertEquals(2.0 / 3, s.macroF1(), 1e-12);
        // exact match: rows 0 and 3 only
        assertEquals(0.5, s.exactMatchRatio(), 1e-12);
    }

    @Test
    void mismatchedShapesAreRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> ReasonScores.compute(P, new boolean[3][3], 0.5, NAMES));
    }
}
