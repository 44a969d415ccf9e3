package com.fintune.assessment.application;

import com.fintune.modelregistry.domain.RoutingPlan;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The loaded versions of {@link ModelRuntime}, which of them is the champion ("primary": it answers whatever the
 * split does not send elsewhere) and the split in force. Thread-safe: the map is concurrent, the champion and the
 * split are replaced whole. The split never names a version that is not loaded.
 */
final class ServingModels {

    private final Map<String, LoadedModel> models = new ConcurrentHashMap<>();
    private volatile String primary;
    private volatile RoutingPlan plan;

    /** Starts with {@code first} as champion and every request routed to it. */
    void start(LoadedModel first) {
        models.put(first.version(), first);
        primary = first.version();
        plan = RoutingPlan.championOnly(primary);
    }

    /** Keeps {@code m} loaded unless its version is loaded already; returns the one that stays. */
    LoadedModel add(LoadedModel m) {
        LoadedModel before = models.putIfAbsent(m.version(), m);
        return before == null ? m : before;
    }

    /** The version the split gives {@code stickyKey}, or the champion; empty while none is loaded. */
    Optional<LoadedModel> routed(String stickyKey) {
        return champion().map(c -> models.getOrDefault(plan.pick(stickyKey), c));
    }

    Optional<LoadedModel> champion() {
        String p = primary;
        return p == null ? Optional.empty() : Optional.ofNullable(models.get(p));
    }

    Optional<LoadedModel> get(String version) {
        return Optional.ofNullable(models.get(version));
    }

    boolean isLoaded(String version) {
        return models.containsKey(version);
    }

    /** Makes the loaded {@code version} the champion. */
    void makeChampion(String version) {
        if (!models.containsKey(version)) {
            throw new IllegalStateException(version + " is not loaded");
        }
        primary = version;
    }

    /** Puts a split in force; versions that are not loaded get nothing (their share goes to the champion). */
    void route(RoutingPlan next) {
        plan = next.keepOnly(models::containsKey, primary);
    }

    Optional<RoutingPlan> routing() {
        return Optional.ofNullable(plan);
    }

    /** The loaded shadow versions of the split. */
    List<String> shadows() {
        RoutingPlan p = plan;
        return p == null ? List.of() : p.shadows().stream().filter(models::containsKey).toList();
    }

    /** Drops {@code version} (never the champion) from the split first, then from memory. */
    void unload(String version) {
        if (version.equals(primary)) {
            throw new IllegalStateException(version + " is the champion and stays loaded");
        }
        if (plan != null) {
            plan = plan.without(version, primary);
        }
        LoadedModel m = models.remove(version);
        if (m != null) {
            m.close();
        }
    }

    /** Every loaded version, champion first. */
    List<ServedModel> loaded() {
        return models.values().stream().map(LoadedModel::served)
                .sorted(Comparator.comparing((ServedModel s) -> !s.version().equals(primary))
                        .thenComparing(ServedModel::version)).toList();
    }

    /** Requests waiting in every version's micro-batcher. */
    int waiting() {
        return models.values().stream().mapToInt(m -> m.batcher().waiting()).sum();
    }

    void closeAll() {
        models.values().forEach(LoadedModel::close);
        models.clear();
    }

    /** For start-up: the map {@link ModelStartup#loadRegistered} fills. */
    Map<String, LoadedModel> map() {
        return models;
    }
}
