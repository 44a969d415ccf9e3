package com.fintune.ml.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;

class FairLendingTest {
    @Test
    void adverseImpactRatioAndStandardizedMeanDifference() {
        // control X: approvals 1,1,1,0 (rate .75), risk 10,20,30,40 (mean 25, sample var 166.67)
        // group Y: approvals 1,0,0,1 (rate .5), risk 30,40,50,60 (mean 45, sample var 166.67)
        boolean[] approved = {true, true, true, false, true, false, false, true};
        double[] risk = {10, 20, 30, 40, 30, 40, 50, 60};
        String[] race = {"X", "X", "X", "X", "Y", "Y", "Y", "Y"};
        FairLending f = FairLending.compute(approved, risk, Map.of("race", race), Map.of("race", "X"));
        GroupFairness y = f.groups().stream().filter(g -> g.group().equals("Y")).findFirst().orElseThrow();
        assertEquals(0.5 / 0.75, y.adverseImpactRatio(), 1e-12);
        assertEquals(20 / Math.sqrt(500.0 / 3), y.standardizedMeanDifference(), 1e-12);
        assertEquals(0.5 / 0.75, f.minimumAdverseImpactRatio(), 1e-12);
        assertEquals(1, f.below(0.9).size());
        GroupFairness x = f.groups().stream().filter(g -> g.group().equals("X")).findFirst().orElseThrow();
        assertEquals(1.0, x.adverseImpactRatio(), 1e-12);
        assertEquals(0.0, x.standardizedMeanDifference(), 1e-12);
    }

    @Test
    void largestGroupIsTheDefaultControlAndUnknownControlFails() {
        boolean[] approved = {true, false, true};
        double[] risk = {1, 2, 3};
        String[] sex = {"F", "M", "M"};
        FairLending f = FairLending.compute(approved, risk, Map.of("sex", sex), Map.of());
        assertEquals("M", f.groups().get(0).control());
        assertEquals(1.0 / 0.5, f.groups().get(0).adverseImpactRatio(), 1e-12);
        assertThrows(IllegalArgumentException.class,
                () -> FairLending.compute(approved, risk, Map.of("sex", sex), Map.of("sex", "Z")));
    }
}
