package com.fintune.ml.eval.drift;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class PopulationStabilityTest {

    @Test
    void identicalProportionsGiveZero() {
        double[] p = {0.1, 0.2, 0.3, 0.4};
        assertEquals(0, PopulationStability.index(p, p), 1e-12);
    }

    @Test
    void knownValueAndEpsilonForAnEmptyBin() {
        double psi = PopulationStability.index(new double[] {0.5, 0.5}, new double[] {0.25, 0.75});
        assertEquals(0.25 * Math.log(2) + 0.25 * Math.log(1.5), psi, 1e-12);
        double empty = PopulationStability.index(new double[] {0.5, 0.5, 0}, new double[] {0.5, 0.4, 0.1});
        assertTrue(Double.isFinite(empty) && empty > 0.5, "an unseen bin counts as epsilon: " + empty);
    }

    @Test
    void numericColumnsAreCutAtReferenceDeciles() {
        double[] reference = new double[1000];
        for (int i = 0; i < reference.length; i++) {
            reference[i] = i;
        }
        BinScheme bins = BinScheme.fit(reference);
        assertTrue(!bins.categorical());
        assertEquals(10, bins.size());
        assertArrayEquals(new double[] {99, 199, 299, 399, 499, 599, 699, 799, 899}, bins.edges());
        assertEquals(0, bins.binOf(-5));
        assertEquals(0, bins.binOf(99));
        assertEquals(1, bins.binOf(99.5));
        assertEquals(9, bins.binOf(1e9));
    }

    @Test
    void fewDistinctValuesAreCategoriesWithABinForUnseenOnes() {
        BinScheme flag = BinScheme.fit(new double[] {0, 1, 1, 0, 0});
        assertTrue(flag.categorical());
        assertEquals(3, flag.size());
        assertEquals(1, flag.binOf(1));
        assertEquals(2, flag.binOf(7), "a value the reference never had");
    }

    @Test
    void tiedDecilesCollapse() {
        double[] mostlyZero = new double[1000];
        for (int i = 950; i < 1000; i++) {
            mostlyZero[i] = i; // 50 distinct values above a mass at 0
        }
        BinScheme bins = BinScheme.fit(mostlyZero);
        assertArrayEquals(new double[] {0}, bins.edges(), "9 deciles of 0 make one edge: {0} and above");
    }

    @Test
    void sameSourceStaysLowAndAShiftActs() {
        Random random = new Random(7);
        double[] reference = normal(random, 5000, 0);
        BinScheme bins = BinScheme.fit(reference);
        double[] expected = PopulationStability.proportions(bins.counts(reference));
        double same = PopulationStability.index(expected,
                PopulationStability.proportions(bins.counts(normal(random, 1000, 0))));
        double shifted = PopulationStability.index(expected,
                PopulationStability.proportions(bins.counts(normal(random, 1000, 0.75))));
        assertTrue(same < 0.05, "same distribution: " + same);
        assertTrue(shifted > 0.25, "shifted by 0.75 sd: " + shifted);
    }

    private static double[] normal(Random random, int n, double shift) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = random.nextGaussian() + shift;
        }
        return v;
    }
}
