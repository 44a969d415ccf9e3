package com.fintune.modelregistry.application;

import com.fintune.ml.data.FieldError;
import com.fintune.modelregistry.domain.ModelStatus;
import com.fintune.modelregistry.domain.ModelVersion;
import com.fintune.modelregistry.domain.RoutingPlan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Checks a requested traffic split: weights are whole percents from 0 to 100 that add up to 100, every version is
 * registered (400 naming the field otherwise); answering versions are CHAMPION or CHALLENGER, shadows are SHADOW,
 * and each is loaded on this server (409 in words otherwise).
 */
final class RoutingRules {

    private RoutingRules() {
    }

    static RoutingPlan check(Map<String, Integer> weights, List<String> shadows, String reason,
                             List<ModelVersion> registered, Predicate<String> loaded) {
        List<FieldError> errors = new ArrayList<>();
        ModelRegistryActions.checkReason(reason, errors);
        Map<String, ModelStatus> status = new HashMap<>();
        registered.forEach(v -> status.put(v.getVersion(), v.getStatus()));
        if (weights == null || weights.isEmpty()) {
            errors.add(new FieldError("weights", "is required: {\"<version>\": percent, ...} adding up to 100"));
        } else {
            int total = 0;
            for (Map.Entry<String, Integer> e : weights.entrySet()) {
                Integer w = e.getValue();
                if (w == null || w < 0 || w > RoutingPlan.TOTAL) {
                    errors.add(new FieldError("weights." + e.getKey(), "must be a whole percent from 0 to 100"));
                } else {
                    total += w;
                }
                if (!status.containsKey(e.getKey())) {
                    errors.add(new FieldError("weights." + e.getKey(), "no model version " + e.getKey()
                            + " is registered"));
                }
            }
            if (errors.stream().noneMatch(f -> f.field().startsWith("weights.")) && total != RoutingPlan.TOTAL) {
                errors.add(new FieldError("weights", "must add up to 100; they add up to " + total));
            }
        }
        List<String> shadowList = shadows == null ? List.of() : shadows;
        for (String s : shadowList) {
            if (!status.containsKey(s)) {
                errors.add(new FieldError("shadows", "no model version " + s + " is registered"));
            } else if (weights != null && weights.getOrDefault(s, 0) > 0) {
                errors.add(new FieldError("shadows", s + " cannot both answer (weights) and be a shadow"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidModelRequestException(errors);
        }
        RoutingPlan plan = new RoutingPlan(new TreeMap<>(weights), shadowList);
        for (String v : plan.weights().keySet()) {
            ModelStatus s = status.get(v);
            if (s != ModelStatus.CHAMPION && s != ModelStatus.CHALLENGER) {
                throw new ModelStateConflictException(v + " is " + s + ": only the CHAMPION and CHALLENGER versions "
                        + "answer; promote it to CHALLENGER before it takes traffic.");
            }
            requireLoaded(v, loaded);
        }
        for (String v : plan.shadows()) {
            if (status.get(v) != ModelStatus.SHADOW) {
                throw new ModelStateConflictException(v + " is " + status.get(v) + ": only SHADOW versions are "
                        + "scored in the shadow; promote it to SHADOW first.");
            }
            requireLoaded(v, loaded);
        }
        return plan;
    }

    private static void requireLoaded(String version, Predicate<String> loaded) {
        if (!loaded.test(version)) {
            throw new ModelStateConflictException(version + " is not loaded on this server (it could not be read "
                    + "at start-up; see the server log), so it can take no traffic.");
        }
    }
}
