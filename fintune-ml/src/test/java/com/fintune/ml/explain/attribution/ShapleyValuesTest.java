package com.fintune.ml.explain.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The exact Shapley computation against games whose values are known by hand. */
class ShapleyValuesTest {

    @Test
    void anAdditiveGameGivesEachPlayerItsOwnTerm() {
        double[] own = {3, -1, 0.5, 0};
        double[] v = new double[16];
        for (int s = 0; s < 16; s++) {
            for (int i = 0; i < 4; i++) {
                v[s] += (s & (1 << i)) != 0 ? own[i] : 0;
            }
        }
        double[] phi = ShapleyValues.of(4, v);
        for (int i = 0; i < 4; i++) {
            assertEquals(own[i], phi[i], 1e-12);
        }
    }

    @Test
    void aPureInteractionIsSharedEquallyAndADummyGetsNothing() {
        // v = 6 only when players 0, 1 and 2 are all in; player 3 never matters
        double[] v = new double[16];
        for (int s = 0; s < 16; s++) {
            v[s] = (s & 7) == 7 ? 6 : 0;
        }
        double[] phi = ShapleyValues.of(4, v);
        assertEquals(2, phi[0], 1e-12);
        assertEquals(2, phi[1], 1e-12);
        assertEquals(2, phi[2], 1e-12);
        assertEquals(0, phi[3], 0);
    }

    @Test
    void weightsOfAllCoalitionsSumToOneForEachPlayer() {
        int n = 10;
        double[] w = ShapleyValues.weights(n);
        double sum = 0;
        for (int k = 0; k < n; k++) {
            long choose = 1;
            for (int j = 1; j <= k; j++) {
                choose = choose * (n - 1 - k + j) / j;
            }
            sum += choose * w[k];
        }
        assertEquals(1, sum, 1e-12);
    }
}
