package com.fintune.monitoring.service;

import com.fintune.assessment.application.ModelRuntime;
import com.fintune.ml.data.LoanApplication;
import com.fintune.ml.eval.drift.ColumnDrift;
import com.fintune.ml.eval.drift.DriftMeasurement;
import com.fintune.ml.eval.drift.DriftReference;
import com.fintune.ml.features.FeaturePipeline;
import com.fintune.ml.serving.ApplicationJson;
import com.fintune.ml.serving.ModelScores;
import com.fintune.ml.taxonomy.ReasonCategory;
import com.fintune.monitoring.domain.DriftResult;
import com.fintune.monitoring.domain.DriftRun;
import com.fintune.monitoring.infrastructure.DriftRepository;
import com.fintune.monitoring.infrastructure.ServedPredictions;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Drift of the serving model's recent predictions against its drift reference: every prediction of the serving
 * version in the window is read back as the model read it (APPLICATION_JSON) through the same feature pipeline,
 * counted into the reference's bins with the scores it was given, and the per-column PSI stored with its level.
 * Reading runs outside a transaction a page at a time (a month of predictions would outlast one); storing and the
 * audit entries commit together.
 */
@Stateless
public class DriftService {

    private static final Logger LOG = Logger.getLogger(DriftService.class.getName());
    private static final int PAGE = 500;

    @EJB
    ModelRuntime runtime;
    @Inject
    DriftReferences references;
    @Inject
    ServedPredictions predictions;
    @Inject
    DriftRepository repository;
    @EJB
    DriftRecorder recorder;
    @Inject
    DriftGauges gauges;

    /**
     * Checks drift now.
     *
     * @param windowDays     days of predictions to read; null = fintune.drift.window-days
     * @param from           start of the window instead (when later than now minus the days); null = none
     * @param jobExecutionId the batch job's execution, null when called directly
     * @param requestedBy    who asked (the audit entries' actor)
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public DriftReport check(Integer windowDays, Instant from, Long jobExecutionId, String requestedBy) {
        Config config = ConfigProvider.getConfig();
        DriftSettings settings = DriftSettings.from(key -> config.getOptionalValue(key, String.class));
        String version = runtime.modelVersion()
                .orElseThrow(() -> new IllegalStateException("no model is serving; drift is checked for the serving model"));
        DriftReference reference = references.load(settings);
        Instant to = Instant.now();
        int days = windowDays == null ? settings.windowDays() : windowDays;
        Instant lower = to.minus(Duration.ofDays(days));
        if (from != null && from.isAfter(lower)) {
            lower = from;
        }
        DriftMeasurement measurement = new DriftMeasurement(reference);
        int skipped = measure(measurement, version, lower, to);
        DriftRun.Scope scope = new DriftRun.Scope(version, reference.modelVersion(), reference.source(), lower, to,
                reference.outOfVocabularyRate(), settings.thresholds().watch(), settings.thresholds().act(),
                jobExecutionId, requestedBy == null || requestedBy.isBlank() ? "system" : requestedBy);
        List<DriftResult.Draft> results = new ArrayList<>();
        String status = DriftRun.TOO_FEW_PREDICTIONS;
        if (measurement.applications() >= settings.minPredictions()) {
            status = DriftRun.MEASURED;
            for (ColumnDrift c : measurement.result()) {
                results.add(new DriftResult.Draft(c.name(), c.kind().name(), c.psi(),
                        settings.thresholds().level(c.psi()).name()));
            }
        }
        DriftRecorder.Recorded recorded = recorder.record(new DriftRun(scope, status, measurement.applications(),
                skipped, measurement.outOfVocabularyRate()), results);
        if (!results.isEmpty()) {
            gauges.update(results);
        }
        LOG.info(() -> "Drift check " + recorded.run().getId() + " of " + version + ": " + measurement.applications()
                + " predictions, " + recorded.crossedAct().size() + " column(s) newly at the act level "
                + recorded.crossedAct());
        return view(recorded.run());
    }

    /** The latest stored check, if any. */
    public Optional<DriftReport> latest() {
        return repository.latest().map(this::view);
    }

    private int measure(DriftMeasurement measurement, String version, Instant from, Instant to) {
        FeaturePipeline pipeline = new FeaturePipeline();
        ApplicationJson json = new ApplicationJson();
        int skipped = 0;
        long after = 0;
        List<ServedPredictions.Scored> page;
        do {
            page = predictions.page(version, from, to, after, PAGE);
            for (ServedPredictions.Scored p : page) {
                after = p.id();
                try {
                    if (p.applicationJson() == null) {
                        skipped++;
                        continue;
                    }
                    LoanApplication application = json.read(p.applicationJson()).application();
                    measurement.add(pipeline.extract(application),
                            new ModelScores(probabilities(p.probabilitiesJson()), p.riskScore().doubleValue()));
                } catch (RuntimeException unreadable) {
                    skipped++;
                }
            }
        } while (page.size() == PAGE);
        return skipped;
    }

    /** PROBABILITIES_JSON: twelve numbers in ReasonCategory order, "[0.01,0.7,...]". */
    static float[] probabilities(String json) {
        String[] parts = json.trim().replace("[", "").replace("]", "").split(",");
        if (parts.length != ReasonCategory.COUNT) {
            throw new IllegalArgumentException("expected " + ReasonCategory.COUNT + " probabilities");
        }
        float[] p = new float[parts.length];
        for (int i = 0; i < p.length; i++) {
            p[i] = Float.parseFloat(parts[i].trim());
        }
        return p;
    }

    private DriftReport view(DriftRun run) {
        List<DriftReport.Column> columns = repository.results(run.getId()).stream()
                .map(r -> new DriftReport.Column(r.getColumnName(), r.getColumnKind(), r.getPsi(), r.getLevel()))
                .toList();
        return new DriftReport(run.getId(), run.getStatus(), run.getModelVersion(), run.getReferenceModelVersion(),
                run.getModelVersion().equals(run.getReferenceModelVersion()), run.getReferenceSource(),
                run.getWindowFrom(), run.getWindowTo(), run.getPredictions(), run.getSkipped(),
                run.getWatchThreshold(), run.getActThreshold(), run.getOutOfVocabularyRate(),
                run.getExpectedOutOfVocabularyRate(), run.getRequestedBy(), run.getJobExecutionId(),
                run.getCompletedAt(), columns);
    }
}
