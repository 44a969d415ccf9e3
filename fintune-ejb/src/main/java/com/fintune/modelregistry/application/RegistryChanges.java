package com.fintune.modelregistry.application;

import com.fintune.audit.application.AuditTrail;
import com.fintune.audit.chain.AuditEvent;
import com.fintune.audit.chain.Sha256;
import com.fintune.modelregistry.domain.ModelEvent;
import com.fintune.modelregistry.domain.ModelLifecycle;
import com.fintune.modelregistry.domain.ModelLineage;
import com.fintune.modelregistry.domain.ModelStatus;
import com.fintune.modelregistry.domain.ModelVersion;
import com.fintune.modelregistry.domain.RoutingChange;
import com.fintune.modelregistry.domain.RoutingPlan;
import com.fintune.modelregistry.infrastructure.ModelVersionRepository;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The registry's changes, each in one transaction with its MODEL_VERSION_EVENTS / MODEL_ROUTING row and its entry in
 * the hash-chained audit log (action MODEL_REGISTER, MODEL_PROMOTE, MODEL_RETIRE or MODEL_ROUTING; the output hash
 * covers the actor and the reason), so a change and its record commit or roll back together. A change that leaves
 * the traffic split naming versions that may no longer take part repairs the split in the same transaction.
 */
@Stateless
public class RegistryChanges {

    @Inject
    ModelVersionRepository versions;

    @EJB
    AuditTrail audit;

    /** What a status change left: the version's status, the champion and the split in force. */
    public record Outcome(ModelStatus status, String champion, String championMetricsJson, boolean championChanged,
                          RoutingPlan routing) {
    }

    public void registerCandidate(String version, String artifactPath, String metricsJson, String filesJson,
                                  ModelLineage lineage, String actor, String reason) {
        if (versions.findByVersion(version).isPresent()) {
            throw new ModelStateConflictException(version + " is registered already.");
        }
        versions.store(ModelVersion.candidate(version, artifactPath, metricsJson, filesJson, lineage, actor));
        record(new ModelEvent(version, "REGISTER", null, ModelStatus.CANDIDATE, actor, reason, Instant.now()),
                "MODEL_REGISTER");
    }

    /** Moves {@code version} to {@code target}, or to its next step when {@code target} is null. */
    public Outcome promote(String version, ModelStatus target, String actor, String reason) {
        versions.lockChampion();
        ModelVersion v = versions.lock(version).orElseThrow(() -> new ModelNotFoundException(version));
        ModelStatus from = v.getStatus();
        ModelStatus to = target != null ? target : ModelLifecycle.nextStep(from, v.servedAsChampion())
                .orElseThrow(() -> new ModelStateConflictException(from == ModelStatus.CHAMPION
                        ? version + " is the CHAMPION already." : version + " is RETIRED and was never CHAMPION, "
                        + "so it cannot come back."));
        ModelLifecycle.promotionRefusal(version, from, to, v.servedAsChampion()).ifPresent(refusal -> {
            throw new ModelStateConflictException(refusal);
        });
        RoutingPlan before = routing();
        Instant now = Instant.now();
        boolean newChampion = to == ModelStatus.CHAMPION;
        if (newChampion) {
            Optional<ModelVersion> old = versions.champion();
            old.ifPresent(c -> {
                record(new ModelEvent(c.getVersion(), "RETIRE", ModelStatus.CHAMPION, ModelStatus.RETIRED, actor,
                        "replaced as CHAMPION by " + version + ": " + reason, now), "MODEL_RETIRE");
                c.moveTo(ModelStatus.RETIRED);
            });
        }
        v.moveTo(to);
        record(new ModelEvent(version, "PROMOTE", from, to, actor, reason, now), "MODEL_PROMOTE");
        ModelVersion champion = versions.champion().orElse(v);
        RoutingPlan after = newChampion
                ? new RoutingPlan(RoutingPlan.championOnly(version).weights(), before.shadows())
                        .repaired(statuses(), version)
                : before.repaired(statuses(), champion.getVersion());
        RoutingPlan routing = keep(before, after, actor, "follows the promotion of " + version + " to " + to + ": "
                + reason);
        return new Outcome(to, champion.getVersion(), champion.getMetricsJson(), newChampion, routing);
    }

    public Outcome retire(String version, String actor, String reason) {
        versions.lockChampion();
        ModelVersion v = versions.lock(version).orElseThrow(() -> new ModelNotFoundException(version));
        ModelStatus from = v.getStatus();
        ModelLifecycle.retirementRefusal(version, from).ifPresent(refusal -> {
            throw new ModelStateConflictException(refusal);
        });
        RoutingPlan before = routing();
        v.moveTo(ModelStatus.RETIRED);
        record(new ModelEvent(version, "RETIRE", from, ModelStatus.RETIRED, actor, reason, Instant.now()),
                "MODEL_RETIRE");
        ModelVersion champion = versions.champion()
                .orElseThrow(() -> new IllegalStateException("the registry has no CHAMPION"));
        RoutingPlan routing = keep(before, before.repaired(statuses(), champion.getVersion()), actor,
                "follows the retirement of " + version + ": " + reason);
        return new Outcome(ModelStatus.RETIRED, champion.getVersion(), champion.getMetricsJson(), false, routing);
    }

    /** Puts {@code plan} in force; the caller has checked it against the versions' statuses. */
    public RoutingChange route(RoutingPlan plan, String actor, String reason) {
        versions.lockChampion();
        RoutingChange change = new RoutingChange(plan, actor, reason, Instant.now());
        versions.record(change);
        audit.append(new AuditEvent(change.getChangedAt(), actor, "MODEL_ROUTING", "model-routing", null, null,
                null, Sha256.ofCanonical(change.canonical())));
        return change;
    }

    /** The split in force: the stored one, else everything to the champion. */
    RoutingPlan routing() {
        return versions.routing().map(RoutingChange::plan).orElseGet(() -> versions.champion()
                .map(c -> RoutingPlan.championOnly(c.getVersion()))
                .orElseThrow(() -> new IllegalStateException("the registry has no CHAMPION")));
    }

    private RoutingPlan keep(RoutingPlan before, RoutingPlan after, String actor, String reason) {
        if (!after.equals(before)) {
            route(after, actor, reason.length() > 2000 ? reason.substring(0, 2000) : reason);
        }
        return after;
    }

    private Map<String, ModelStatus> statuses() {
        Map<String, ModelStatus> m = new HashMap<>();
        versions.all().forEach(v -> m.put(v.getVersion(), v.getStatus()));
        return m;
    }

    private void record(ModelEvent event, String action) {
        versions.record(event);
        audit.append(new AuditEvent(event.getOccurredAt(), event.getActor(), action, "model:" + event.getVersion(),
                null, event.getVersion(), null, Sha256.ofCanonical(event.canonical())));
    }
}
