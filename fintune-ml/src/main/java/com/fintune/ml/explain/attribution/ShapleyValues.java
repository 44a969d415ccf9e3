package com.fintune.ml.explain.attribution;

/**
 * Exact Shapley values of a cooperative game over {@code n} players from the values of all 2^n coalitions:
 * φ_i = Σ_{S ⊆ N∖{i}} |S|! (n−|S|−1)! / n! · (v(S ∪ {i}) − v(S)). Coalition S is the bit mask whose bit i is set
 * when player i takes the application's value. Computed in double; the values add up to v(N) − v(∅) up to rounding.
 */
final class ShapleyValues {

    private ShapleyValues() {
    }

    /**
     * @param players     number of players n (1..20)
     * @param coalitions  v(S) for every mask S in 0..2^n−1
     * @return φ_0..φ_{n−1}
     */
    static double[] of(int players, double[] coalitions) {
        if (players < 1 || players > 20 || coalitions.length != 1 << players) {
            throw new IllegalArgumentException("need 2^" + players + " coalition values, got " + coalitions.length);
        }
        double[] weight = weights(players);
        double[] phi = new double[players];
        for (int i = 0; i < players; i++) {
            int bit = 1 << i;
            double sum = 0;
            for (int s = 0; s < coalitions.length; s++) {
                if ((s & bit) == 0) {
                    sum += weight[Integer.bitCount(s)] * (coalitions[s | bit] - coalitions[s]);
                }
            }
            phi[i] = sum;
        }
        return phi;
    }

    /** weight[k] = k! (n−k−1)! / n! for a coalition of k other players. */
    static double[] weights(int n) {
        double[] w = new double[n];
        for (int k = 0; k < n; k++) {
            // 1 / (n · C(n−1, k)), computed without factorials
            double choose = 1;
            for (int j = 1; j <= k; j++) {
                choose = choose * (n - 1 - k + j) / j;
            }
            w[k] = 1.0 / (n * choose);
        }
        return w;
    }
}
