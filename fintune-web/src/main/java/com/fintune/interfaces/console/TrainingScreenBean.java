package com.fintune.interfaces.console;

import com.fintune.assessment.application.ModelRuntime;
import com.fintune.interfaces.console.evaluation.FairnessRow;
import com.fintune.interfaces.console.evaluation.ReasonF1Chart;
import com.fintune.interfaces.console.evaluation.ReasonRow;
import com.fintune.interfaces.console.evaluation.SummaryRow;
import com.fintune.ml.eval.EvaluationReport;
import com.fintune.modelregistry.domain.ModelVersion;
import com.fintune.modelregistry.domain.RecordedEvaluation;
import com.fintune.modelregistry.service.ModelRegistryService;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;

/**
 * The Training performance &amp; denial reasons screen: the serving model version's registered evaluation (encoder,
 * tabular baseline, noise ceiling), or why there is none to show.
 */
@Named("training")
@RequestScoped
public class TrainingScreenBean {

    @EJB
    ModelRuntime runtime;

    @EJB
    ModelRegistryService registry;

    private String modelVersion;
    private EvaluationReport report;
    private String missing;
    private List<SummaryRow> summary = List.of();
    private List<ReasonRow> reasons = List.of();
    private List<FairnessRow> fairLending = List.of();
    private String reasonChart = "";

    @PostConstruct
    void load() {
        Optional<ModelVersion> serving = ServingVersion.in(registry.all(), runtime.modelVersion());
        modelVersion = serving.map(ModelVersion::getVersion).orElse(runtime.modelVersion().orElse(null));
        if (serving.isEmpty()) {
            missing = "No model version is registered as serving"
                    + runtime.loadProblem().map(p -> " (" + p + ")").orElse("")
                    + ", so there is no evaluation to show.";
            return;
        }
        try {
            report = RecordedEvaluation.read(serving.get().getMetricsJson()).orElse(null);
            if (report == null) {
                missing = "The serving model version " + modelVersion + " has no registered evaluation.";
                return;
            }
            summary = SummaryRow.of(report);
            reasons = ReasonRow.of(report);
            fairLending = FairnessRow.of(report.encoder().fairLending(),
                    report.noiseCeiling() == null ? null : report.noiseCeiling().fairLending());
            reasonChart = ReasonF1Chart.json(report);
        } catch (IllegalArgumentException e) {
            missing = "The evaluation registered for model version " + modelVersion + " cannot be shown: "
                    + e.getMessage();
        }
    }

    public boolean isEvaluated() {
        return report != null;
    }

    /** Why nothing is shown, or null when the evaluation is. */
    public String getMissing() {
        return missing;
    }

    public String getModelVersion() {
        return modelVersion;
    }

    public String getTestSet() {
        return report == null ? null : report.testSet();
    }

    public int getApplications() {
        return report == null ? 0 : report.encoder().applications();
    }

    public boolean isBaselineMeasured() {
        return report != null && report.baseline() != null;
    }

    public List<SummaryRow> getSummary() {
        return summary;
    }

    public List<ReasonRow> getReasons() {
        return reasons;
    }

    public List<FairnessRow> getFairLending() {
        return fairLending;
    }

    /** Chart.js configuration of the per-reason F1 bar chart ("" when there is no evaluation). */
    public String getReasonChart() {
        return reasonChart;
    }
}
