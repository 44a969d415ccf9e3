package com.fintune.ml.eval.baseline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fintune.ml.eval.ReasonScores;
import com.fintune.ml.eval.RiskScores;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TabularBaselineTest {
    /** Reason A when x0 > 0.5, reason B when x1 + x2 > 1; risk = 100 * x0. */
    static TabularData data(int n, long seed) {
        Random r = new Random(seed);
        double[][] x = new double[n][4];
        boolean[][] y = new boolean[n][2];
        double[] risk = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < 4; j++) x[i][j] = r.nextDouble();
            y[i][0] = x[i][0] > 0.5;
            y[i][1] = x[i][1] + x[i][2] > 1;
            risk[i] = 100 * x[i][0];
        }
        return new TabularData(x, y, risk);
    }

    @Test
    void learnsThresholdRulesAndIsRepeatable() {
        TabularData train = data(2000, 1), valid = data(500, 2), test = data(500, 3);
        BaselineConfig config = new BaselineConfig(200, 20, 4, 0.2, 1.0, 1.0, 1, 7);
        TabularBaseline model = TabularBaseline.fit(train, valid, config);
        TabularBaseline.Predictions p = model.predict(test.features());
        ReasonScores s = ReasonScores.compute(p.probabilities(), test.reasons(), 0.5, List.of("A", "B"));
        assertTrue(s.perCategory().get(0).f1() > 0.97, "A: " + s.perCategory().get(0));
        assertTrue(s.perCategory().get(1).f1() > 0.9, "B: " + s.perCategory().get(1));
        assertTrue(RiskScores.compute(p.risk(), test.risk()).mae() < 3, "risk MAE");
        TabularBaseline again = TabularBaseline.fit(train, valid, config);
        assertArrayEquals(p.risk(), again.predict(test.features()).risk(), 1e-9);
    }
}
