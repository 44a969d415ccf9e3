package com.fintune.modelregistry.domain;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * How traffic is split: each answering version's whole-percent weight (they sum to 100) and the shadow versions
 * scored beside it. {@link #pick} is sticky: the same key (an application's identity or its input hash) always
 * lands on the same version while the weights stay as they are, because it hashes the key into one of 10,000
 * buckets and walks the weights in version order.
 *
 * @param weights percent per version (zero weights are dropped), in version order
 * @param shadows versions scored on the same input and never returned, without repeats
 */
public record RoutingPlan(SortedMap<String, Integer> weights, List<String> shadows) {

    public static final int TOTAL = 100;
    static final int BUCKETS = 10_000;

    public RoutingPlan {
        TreeMap<String, Integer> positive = new TreeMap<>();
        weights.forEach((v, w) -> {
            if (w != null && w > 0) {
                positive.put(v, w);
            }
        });
        weights = Collections.unmodifiableSortedMap(positive);
        shadows = List.copyOf(new LinkedHashSet<>(shadows));
    }

    /** Everything to the champion, no shadow. */
    public static RoutingPlan championOnly(String champion) {
        return new RoutingPlan(new TreeMap<>(Map.of(champion, TOTAL)), List.of());
    }

    /** The sum of the weights (a plan that serves sums to {@value #TOTAL}). */
    public int total() {
        return weights.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** The version that answers for {@code stickyKey}. */
    public String pick(String stickyKey) {
        if (weights.isEmpty()) {
            throw new IllegalStateException("the routing sends traffic to no version");
        }
        long bucket = Math.floorMod(hash(stickyKey), (long) BUCKETS);
        long bound = 0;
        int total = total();
        String last = null;
        for (Map.Entry<String, Integer> e : weights.entrySet()) {
            bound += (long) e.getValue() * BUCKETS / total;
            last = e.getKey();
            if (bucket < bound) {
                return last;
            }
        }
        return last;
    }

    /** This plan without {@code version}: its share goes to {@code champion}, and it is no longer a shadow. */
    public RoutingPlan without(String version, String champion) {
        return keepOnly(v -> !v.equals(version), champion);
    }

    /** This plan with only the versions {@code keep} accepts; the shares of the others go to {@code champion}. */
    public RoutingPlan keepOnly(Predicate<String> keep, String champion) {
        TreeMap<String, Integer> next = new TreeMap<>();
        int moved = 0;
        for (Map.Entry<String, Integer> e : weights.entrySet()) {
            if (keep.test(e.getKey())) {
                next.put(e.getKey(), e.getValue());
            } else {
                moved += e.getValue();
            }
        }
        if (moved > 0 || next.isEmpty()) {
            next.merge(champion, moved == 0 ? TOTAL : moved, Integer::sum);
        }
        List<String> kept = new ArrayList<>(shadows.stream().filter(keep).filter(s -> !s.equals(champion)).toList());
        return new RoutingPlan(next, kept);
    }

    /**
     * This plan after a status change: only CHAMPION and CHALLENGER versions keep their share (the others' goes to
     * {@code champion}), only SHADOW versions stay shadows.
     */
    public RoutingPlan repaired(Map<String, ModelStatus> statuses, String champion) {
        RoutingPlan answering = keepOnly(v -> statuses.get(v) == ModelStatus.CHAMPION
                || statuses.get(v) == ModelStatus.CHALLENGER, champion);
        return new RoutingPlan(new TreeMap<>(answering.weights()),
                shadows.stream().filter(v -> statuses.get(v) == ModelStatus.SHADOW).toList());
    }

    private static long hash(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(digest, 0, Long.BYTES).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }
}
