package com.fintune.ml.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RiskCalibrationAucTest {
    @Test
    void riskErrorsOnTheHundredPointScale() {
        RiskScores r = RiskScores.compute(new double[]{10, 20, 30, 40}, new double[]{12, 20, 27, 40});
        assertEquals((2 + 0 + 3 + 0) / 4.0, r.mae(), 1e-12);
        assertEquals(Math.sqrt((4 + 0 + 9 + 0) / 4.0), r.rmse(), 1e-12);
        assertEquals((-2 + 0 + 3 + 0) / 4.0, r.bias(), 1e-12);
    }

    @Test
    void expectedCalibrationErrorWeighsBinsByCount() {
        // two bins: [0,.5) holds .1,.2,.3 (1 positive of 3): conf .2 observed 1/3
        //           [.5,1] holds .8,1.0 (both positive):   conf .9 observed 1
        double[][] p = {{0.1}, {0.2}, {0.3}, {0.8}, {1.0}};
        boolean[][] t = {{false}, {true}, {false}, {true}, {true}};
        Calibration c = Calibration.compute(p, t, 2);
        double expected = 3.0 / 5 * Math.abs(1.0 / 3 - 0.2) + 2.0 / 5 * Math.abs(1.0 - 0.9);
        assertEquals(expected, c.expectedCalibrationError(), 1e-12);
        assertEquals(3, c.bins().get(0).count());
        assertEquals(0.9, c.bins().get(1).meanConfidence(), 1e-12);
    }

    @Test
    void aucCountsTiesAsHalf() {
        // positives 0.8, 0.4; negatives 0.4, 0.1: pairs (0.8>0.4)(0.8>0.1)(0.4=0.4 half)(0.4>0.1) = 3.5/4
        double auc = RocAuc.compute(new double[]{0.8, 0.4, 0.4, 0.1}, new boolean[]{true, true, false, false});
        assertEquals(0.875, auc, 1e-12);
        assertEquals(1.0, RocAuc.compute(new double[]{3, 2, 1}, new boolean[]{true, true, false}), 1e-12);
        assertTrue(Double.isNaN(RocAuc.compute(new double[]{1, 2}, new boolean[]{true, true})));
    }
}
