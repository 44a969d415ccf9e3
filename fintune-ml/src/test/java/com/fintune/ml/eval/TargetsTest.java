package com.fintune.ml.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TargetsTest {
    private static final List<String> NAMES = List.of("DTI", "CASH");
    private static final int N = 400;

    /** 400 applicants, every 4th denied for DTI; {@code extraDenials} approvable women the model denies anyway. */
    private static Evaluation evaluation(String name, int extraDenials) {
        double[][] p = new double[N][2];
        boolean[][] t = new boolean[N][2];
        int[] principal = new int[N];
        double[] risk = new double[N];
        boolean[] denied = new boolean[N];
        boolean[] approved = new boolean[N];
        String[] sex = new String[N];
        int extra = 0;
        for (int i = 0; i < N; i++) {
            sex[i] = i % 2 == 0 ? "Male" : "Female";
            t[i][0] = i % 4 == 0;
            denied[i] = t[i][0];
            principal[i] = t[i][0] ? 0 : -1;
            boolean deny = t[i][0];
            if (!deny && i % 2 == 1 && extra < extraDenials) {
                deny = true;
                extra++;
            }
            p[i][0] = deny ? 0.9 : 0.1;
            p[i][1] = 0.05;
            approved[i] = !deny;
            risk[i] = deny ? 80 : 10;
        }
        EvaluationInput in = new EvaluationInput(p, t, principal, risk, risk.clone(), denied, approved,
                Map.of("sex", sex));
        return new Evaluator(NAMES, 0.5, Map.of("sex", "Male")).evaluate(name, in);
    }

    private static Targets.Check check(List<Targets.Check> checks, String prefix) {
        return checks.stream().filter(c -> c.target().startsWith(prefix)).findFirst().orElseThrow();
    }

    @Test
    void aModelThatMatchesThePolicyMeetsTheCeilingAndPolicyAirTargets() {
        Evaluation policy = evaluation("policy", 0);
        List<Targets.Check> checks = Targets.SHIPPED.check(
                new EvaluationReport("m", "seed", evaluation("m", 0), null, policy));
        assertTrue(check(checks, "macro-F1").met());
        assertTrue(check(checks, "AIR minus policy AIR").met());
        assertEquals("≥ 0.9700", check(checks, "macro-F1").required());
    }

    @Test
    void extraDenialsOfOneGroupFailTheAirAgainstPolicyAndTheCeilingGap() {
        Evaluation policy = evaluation("policy", 0);
        List<Targets.Check> checks = Targets.SHIPPED.check(
                new EvaluationReport("m", "seed", evaluation("m", 40), null, policy));
        Targets.Check air = check(checks, "AIR minus policy AIR");
        assertFalse(air.met(), air.toString());
        assertTrue(air.measured().contains("sex Female"), air.measured());
        assertFalse(check(checks, "macro-F1").met());
    }
}
