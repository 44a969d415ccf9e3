package com.fintune.ml.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ThresholdCalibrationTest {

    /** Column 0: positives score 0.3-0.45 and negatives below 0.1, so the 0.5 cut misses every positive. */
    private static double[][] scores(boolean[][] truth, Random r) {
        double[][] p = new double[truth.length][2];
        for (int i = 0; i < truth.length; i++) {
            p[i][0] = truth[i][0] ? 0.3 + 0.15 * r.nextDouble() : 0.1 * r.nextDouble();
            p[i][1] = truth[i][1] ? 0.9 : 0.05;
        }
        return p;
    }

    @Test
    void aReasonScoredTooLowGetsAPositiveOffsetThatRecoversItsF1() {
        Random r = new Random(3);
        boolean[][] truth = new boolean[500][2];
        for (int i = 0; i < truth.length; i++) {
            truth[i][0] = i % 10 == 0;
            truth[i][1] = i % 7 == 0;
        }
        List<ThresholdCalibration.Fit> fits = ThresholdCalibration.fit(scores(truth, r), truth);
        ThresholdCalibration.Fit low = fits.get(0);
        assertEquals(0.0, low.f1Before(), 1e-12);
        assertEquals(1.0, low.f1After(), 1e-12);
        // logit(0.3) = -0.85 and logit(0.1) = -2.2: every offset in (0.85, 2.0] separates; the middle is taken
        assertTrue(low.offset() > 1.2 && low.offset() < 1.7, "offset " + low.offset());
        ThresholdCalibration.Fit clean = fits.get(1);
        assertEquals(1.0, clean.f1Before(), 1e-12);
        assertEquals(0.0, clean.offset(), 1e-9, "a separable reason centred on 0.5 keeps the middle of its plateau");
    }

    @Test
    void tooFewPositivesKeepOffsetZero() {
        boolean[][] truth = new boolean[200][2];
        for (int i = 0; i < ThresholdCalibration.MIN_POSITIVES - 1; i++) {
            truth[i][0] = true;
        }
        List<ThresholdCalibration.Fit> fits = ThresholdCalibration.fit(scores(truth, new Random(5)), truth);
        assertEquals(0.0, fits.get(0).offset());
        assertEquals(ThresholdCalibration.MIN_POSITIVES - 1, fits.get(0).positives());
    }

    @Test
    void mismatchedRowsAreRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> ThresholdCalibration.fit(new double[3][2], new boolean[2][2]));
    }
}
