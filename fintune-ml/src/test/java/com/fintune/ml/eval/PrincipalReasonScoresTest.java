package com.fintune.ml.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class PrincipalReasonScoresTest {
    @Test
    void topOneHitsAnyTrueReasonAndFillsTheConfusionMatrix() {
        double[][] p = {
                {0.9, 0.8}, // top A, truth {A,B} principal B -> hit, row A col A
                {0.2, 0.7}, // top B, truth {A} principal A -> miss, row A col B
                {0.1, 0.3}, // nothing >= .5 -> approvable predicted, truth approvable -> row 2 col 2
                {0.3, 0.2}, // approvable predicted, truth {B} -> miss, row B col 2
        };
        boolean[][] t = {{true, true}, {true, false}, {false, false}, {false, true}};
        int[] principal = {1, 0, -1, 1};
        PrincipalReasonScores s = PrincipalReasonScores.compute(p, t, principal, 0.5, List.of("A", "B"));
        assertEquals(3, s.evaluated());
        assertEquals(1.0 / 3, s.top1Accuracy(), 1e-12);
        assertEquals(List.of("A", "B", "APPROVABLE"), s.labels());
        assertArrayEquals(new int[]{1, 1, 0}, s.confusion()[0]);
        assertArrayEquals(new int[]{0, 0, 1}, s.confusion()[1]);
        assertArrayEquals(new int[]{0, 0, 1}, s.confusion()[2]);
    }

    @Test
    void principalMustBeATrueReason() {
        assertThrows(IllegalArgumentException.class, () -> PrincipalReasonScores.compute(
                new double[][]{{0.9, 0.1}}, new boolean[][]{{true, false}}, new int[]{1}, 0.5, List.of("A", "B")));
    }
}
