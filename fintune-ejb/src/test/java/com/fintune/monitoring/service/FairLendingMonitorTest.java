package com.fintune.monitoring.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fintune.monitoring.infrastructure.ServedPredictions.WithDemographics;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The monitor's own rules over fintune-ml's figures: minimum counts, the floor, missing control groups. */
class FairLendingMonitorTest {

    @Test
    void judgesOnlyGroupsThatReachTheMinimumAndFlagsThoseUnderTheFloor() {
        List<WithDemographics> rows = new ArrayList<>();
        add(rows, 40, 32, "MALE", "WHITE");     // control: 80 % approved
        add(rows, 40, 20, "FEMALE", "WHITE");   // 50 %: AIR 0.625, judged, below 0.8
        add(rows, 10, 2, "NOT_PROVIDED", "ASIAN"); // race group of 10: figures shown, not judged
        FairLendingReport.ModelFairness m = FairLendingMonitor.model("m@1", 120, rows, 0.80, 30);

        assertEquals(90, m.withDemographics());
        FairLendingReport.Group female = group(m, "sex", "FEMALE");
        assertEquals(0.625, female.adverseImpactRatio(), 1e-9);
        assertTrue(female.judged() && female.belowFloor());
        FairLendingReport.Group male = group(m, "sex", "MALE");
        assertEquals(1.0, male.adverseImpactRatio(), 1e-9);
        assertFalse(male.belowFloor());
        FairLendingReport.Group asian = group(m, "race", "ASIAN");
        assertFalse(asian.judged(), "10 predictions are too few to judge");
        assertFalse(asian.belowFloor());
        assertEquals(1, m.groupsBelowFloor());
        assertEquals(0.625, m.minimumJudgedAir(), 1e-9);
        assertTrue(m.groups().stream().noneMatch(g -> g.group().equals("NOT_PROVIDED")), "not provided is left out");
        assertTrue(m.dimensionsSkipped().stream().anyMatch(s -> s.startsWith("ethnicity")), m.dimensionsSkipped().toString());
    }

    @Test
    void aDimensionWithoutItsControlGroupIsSkippedNotFailed() {
        List<WithDemographics> rows = new ArrayList<>();
        add(rows, 5, 3, "FEMALE", "BLACK");
        FairLendingReport.ModelFairness m = FairLendingMonitor.model("m@1", 5, rows, 0.80, 30);
        assertTrue(m.dimensionsSkipped().stream().anyMatch(s -> s.contains("control group MALE")), m.dimensionsSkipped().toString());
        assertTrue(m.dimensionsSkipped().stream().anyMatch(s -> s.contains("control group WHITE")), m.dimensionsSkipped().toString());
        assertNull(m.minimumJudgedAir());
    }

    private static void add(List<WithDemographics> rows, int n, int approved, String sex, String race) {
        for (int i = 0; i < n; i++) {
            long id = rows.size() + 1;
            rows.add(new WithDemographics(id, id, "m@1", i < approved ? "APPROVE" : "DENY", BigDecimal.valueOf(20 + i % 7),
                    race, null, sex, "AGE_35_44"));
        }
    }

    private static FairLendingReport.Group group(FairLendingReport.ModelFairness m, String dimension, String group) {
        return m.groups().stream().filter(g -> g.dimension().equals(dimension) && g.group().equals(group)).findFirst()
                .orElseThrow(() -> new AssertionError(dimension + " " + group + " missing: " + m.groups()));
    }
}
