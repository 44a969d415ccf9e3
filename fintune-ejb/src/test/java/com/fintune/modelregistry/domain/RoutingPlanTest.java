package com.fintune.modelregistry.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class RoutingPlanTest {

    private static RoutingPlan plan(Map<String, Integer> weights, String... shadows) {
        return new RoutingPlan(new TreeMap<>(weights), List.of(shadows));
    }

    private static Map<String, Integer> counts(RoutingPlan plan, int keys) {
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i < keys; i++) {
            counts.merge(plan.pick("application:" + i), 1, Integer::sum);
        }
        return counts;
    }

    @Test
    void theSameKeyAlwaysGetsTheSameVersion() {
        RoutingPlan p = plan(Map.of("a@1", 50, "b@2", 50));
        for (int i = 0; i < 500; i++) {
            String key = "application:" + i;
            String first = p.pick(key);
            for (int again = 0; again < 5; again++) {
                assertEquals(first, p.pick(key), key);
            }
            assertEquals(first, plan(Map.of("b@2", 50, "a@1", 50)).pick(key), "insertion order must not matter");
        }
    }

    @Test
    void fiftyFiftySplitsWithinTwoPercent() {
        Map<String, Integer> c = counts(plan(Map.of("a@1", 50, "b@2", 50)), 20_000);
        assertEquals(20_000, c.get("a@1") + c.get("b@2"));
        assertTrue(Math.abs(c.get("a@1") - 10_000) < 400, c.toString());
    }

    @Test
    void aTenPercentCanaryGetsAboutATenth() {
        Map<String, Integer> c = counts(plan(Map.of("champion@1", 90, "canary@2", 10)), 20_000);
        assertTrue(Math.abs(c.get("canary@2") - 2_000) < 250, c.toString());
    }

    @Test
    void threeWaySplitFollowsEveryWeight() {
        Map<String, Integer> c = counts(plan(Map.of("a@1", 20, "b@2", 30, "c@3", 50)), 30_000);
        assertTrue(Math.abs(c.get("a@1") - 6_000) < 400, c.toString());
        assertTrue(Math.abs(c.get("b@2") - 9_000) < 450, c.toString());
        assertTrue(Math.abs(c.get("c@3") - 15_000) < 500, c.toString());
    }

    @Test
    void zeroWeightsGetNothingAndHundredGetsEverything() {
        RoutingPlan p = plan(Map.of("a@1", 100, "b@2", 0));
        assertEquals(Map.of("a@1", 100), p.weights());
        assertEquals(Map.of("a@1", 1_000), counts(p, 1_000));
        assertThrows(IllegalStateException.class, () -> plan(Map.of()).pick("x"));
    }

    @Test
    void movingTenPercentMovesOnlyAboutTenPercentOfApplications() {
        RoutingPlan before = plan(Map.of("a@1", 50, "b@2", 50));
        RoutingPlan after = plan(Map.of("a@1", 40, "b@2", 60));
        int moved = 0;
        for (int i = 0; i < 10_000; i++) {
            String key = "application:" + i;
            if (!before.pick(key).equals(after.pick(key))) {
                moved++;
            }
        }
        assertTrue(moved < 1_300, "moved " + moved);
    }

    @Test
    void withoutAVersionItsShareGoesToTheChampion() {
        RoutingPlan p = plan(Map.of("champ@1", 70, "chal@2", 30), "shadow@3");
        assertEquals(plan(Map.of("champ@1", 100), "shadow@3"), p.without("chal@2", "champ@1"));
        assertEquals(plan(Map.of("champ@1", 70, "chal@2", 30)), p.without("shadow@3", "champ@1"));
    }

    @Test
    void repairKeepsOnlyVersionsWhoseStatusMayTakePart() {
        RoutingPlan p = plan(Map.of("champ@1", 50, "chal@2", 25, "gone@3", 25), "shadow@4", "chal@2");
        Map<String, ModelStatus> statuses = Map.of("champ@1", ModelStatus.CHAMPION, "chal@2", ModelStatus.CHALLENGER,
                "gone@3", ModelStatus.RETIRED, "shadow@4", ModelStatus.SHADOW);
        assertEquals(plan(Map.of("champ@1", 75, "chal@2", 25), "shadow@4"), p.repaired(statuses, "champ@1"));
    }

    @Test
    void championOnlySendsEverythingToOneVersion() {
        RoutingPlan p = RoutingPlan.championOnly("champ@1");
        assertEquals(100, p.total());
        assertEquals("champ@1", p.pick("anything"));
        assertEquals(List.of(), p.shadows());
    }
}
