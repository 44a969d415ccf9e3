package com.fintune.modelregistry.application;

import com.fintune.assessment.application.ModelRuntime;
import com.fintune.assessment.application.ServedModel;
import com.fintune.assessment.domain.ShadowPrediction;
import com.fintune.modelregistry.domain.HeadlineFigures;
import com.fintune.modelregistry.domain.ModelEvent;
import com.fintune.modelregistry.domain.ModelLineage;
import com.fintune.modelregistry.domain.ModelVersion;
import com.fintune.modelregistry.domain.RecordedEvaluation;
import com.fintune.modelregistry.domain.RoutingChange;
import com.fintune.modelregistry.domain.RoutingPlan;
import com.fintune.modelregistry.infrastructure.CheckpointFiles;
import com.fintune.modelregistry.service.ModelRegistryService;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The registry as the API shows it: each version with what this server holds of it and its share of traffic. */
@Stateless
public class ModelRegistryViews {

    @EJB
    ModelRuntime runtime;

    @EJB
    ModelRegistryService registry;

    @PersistenceContext(unitName = "fintune")
    EntityManager em;

    /** Every registered version, newest first. */
    public List<ModelView> all() {
        RoutingPlan plan = runtime.routing().orElse(null);
        return registry.all().stream().map(v -> view(v, plan, null, null)).toList();
    }

    /** One version with its status history and the number of shadow scores stored for it. */
    public ModelView one(String version) {
        ModelVersion v = registry.find(version).orElseThrow(() -> new ModelNotFoundException(version));
        List<ModelView.Event> history = registry.events(version).stream().map(ModelRegistryViews::event).toList();
        long shadows = em.createQuery("select count(s) from ShadowPrediction s where s.modelVersion = :v", Long.class)
                .setParameter("v", version).getSingleResult();
        return view(v, runtime.routing().orElse(null), history, shadows);
    }

    /** The split in force on this server, with who set it last and why (null when nobody has yet). */
    public ModelView.Routing routing() {
        RoutingPlan plan = runtime.routing().orElse(null);
        Optional<RoutingChange> change = registry.routingChange();
        return new ModelView.Routing(plan == null ? Map.of() : plan.weights(), plan == null ? List.of() : plan.shadows(),
                change.map(RoutingChange::getChangedBy).orElse(null), change.map(RoutingChange::getReason).orElse(null),
                change.map(RoutingChange::getChangedAt).orElse(null));
    }

    /** The newest shadow scores of {@code version}, at most {@code limit}. */
    public List<ModelView.ShadowScore> shadowScores(String version, int limit) {
        registry.find(version).orElseThrow(() -> new ModelNotFoundException(version));
        return em.createQuery("select s from ShadowPrediction s where s.modelVersion = :v order by s.createdAt desc, "
                        + "s.id desc", ShadowPrediction.class)
                .setParameter("v", version).setMaxResults(limit).getResultStream()
                .map(s -> new ModelView.ShadowScore(s.getId(), s.getModelVersion(), s.getServedVersion(),
                        s.getRequestId(), s.getApplicationId(), s.getInputHash(), s.getRiskScore().doubleValue(),
                        s.getProbabilitiesJson(), s.getLatencyMs(), s.getCreatedAt()))
                .toList();
    }

    private ModelView view(ModelVersion v, RoutingPlan plan, List<ModelView.Event> history, Long shadowCount) {
        Optional<ServedModel> served = runtime.loaded(v.getVersion());
        ModelLineage l = v.lineage();
        Map<String, String> files;
        try {
            files = CheckpointFiles.read(v.getFilesJson());
        } catch (IllegalStateException e) {
            files = Map.of();
        }
        return new ModelView(v.getVersion(), v.getStatus().name(), v.getArtifactPath(), v.getCreatedAt(),
                v.getRegisteredBy(), v.getStatusChangedAt(), v.getActivatedAt(), files,
                new ModelView.Lineage(l.parentVersion(), l.trainingDataFingerprint(), l.trainingConfigJson(),
                        l.codeVersion()),
                figures(v.getMetricsJson()), served.isPresent(), served.map(ServedModel::memoryBytes).orElse(null),
                plan == null ? 0 : plan.weights().getOrDefault(v.getVersion(), 0),
                plan != null && plan.shadows().contains(v.getVersion()), history, shadowCount);
    }

    private static ModelView.Figures figures(String metricsJson) {
        try {
            return RecordedEvaluation.headline(metricsJson).map(ModelRegistryViews::figures).orElse(null);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static ModelView.Figures figures(HeadlineFigures h) {
        return new ModelView.Figures(finite(h.macroF1()), finite(h.riskMae()), finite(h.principalTop1()),
                finite(h.minimumAdverseImpactRatio()));
    }

    private static Double finite(double d) {
        return Double.isFinite(d) ? d : null;
    }

    private static ModelView.Event event(ModelEvent e) {
        return new ModelView.Event(e.getAction(), e.getFromStatus() == null ? null : e.getFromStatus().name(),
                e.getToStatus().name(), e.getActor(), e.getReason(), e.getOccurredAt());
    }
}
