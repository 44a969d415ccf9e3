package com.fintune.monitoring.service;

import com.fintune.ml.eval.FairLending;
import com.fintune.ml.eval.GroupFairness;
import com.fintune.ml.eval.LabeledEvaluation;
import com.fintune.monitoring.infrastructure.ServedPredictions;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Fair lending of served predictions, per model version: the one place predictions meet applicant demographics.
 * The figures are fintune-ml's {@link FairLending} (the same code as the model card's evaluation); this class only
 * gathers the rows, keeps each application's latest prediction per version, and applies the minimum counts and the
 * AIR floor. Approval here is the decision APPROVE (REFER and DENY are not approvals).
 */
@Stateless
public class FairLendingMonitor {

    static final String NOT_PROVIDED = "NOT_PROVIDED";
    private static final List<String> DIMENSIONS = List.of("race", "ethnicity", "sex", "age");

    @Inject
    ServedPredictions predictions;

    public FairLendingReport report(int days) {
        Config config = ConfigProvider.getConfig();
        double floor = config.getOptionalValue("fintune.fairness.air-floor", Double.class).orElse(0.80);
        int minCount = config.getOptionalValue("fintune.fairness.min-group-count", Integer.class).orElse(30);
        Instant to = Instant.now();
        Instant from = to.minus(Duration.ofDays(days));
        Map<String, Map<Long, ServedPredictions.WithDemographics>> latest = new TreeMap<>();
        for (ServedPredictions.WithDemographics p : predictions.withDemographics(from)) {
            latest.computeIfAbsent(p.modelVersion(), v -> new LinkedHashMap<>()).put(p.applicationId(), p);
        }
        List<FairLendingReport.ModelFairness> models = new ArrayList<>();
        for (Object[] row : predictions.countsByModel(from)) {
            String version = (String) row[0];
            List<ServedPredictions.WithDemographics> rows = new ArrayList<>(
                    latest.getOrDefault(version, Map.of()).values());
            models.add(model(version, ((Number) row[1]).longValue(), rows, floor, minCount));
        }
        return new FairLendingReport(days, from, to, floor, minCount, "decision APPROVE",
                "predictions of stored applications whose applicants gave demographics (APPLICANT_DEMOGRAPHICS), "
                        + "the latest per application and model version; predictions of applications sent inline "
                        + "have no demographics and are only counted", models);
    }

    static FairLendingReport.ModelFairness model(String version, long all,
                                                         List<ServedPredictions.WithDemographics> rows,
                                                         double floor, int minCount) {
        int n = rows.size();
        boolean[] approved = new boolean[n];
        double[] risk = new double[n];
        Map<String, String[]> labels = new LinkedHashMap<>();
        DIMENSIONS.forEach(d -> labels.put(d, new String[n]));
        for (int i = 0; i < n; i++) {
            ServedPredictions.WithDemographics r = rows.get(i);
            approved[i] = "APPROVE".equals(r.decision());
            risk[i] = r.riskScore().doubleValue();
            labels.get("race")[i] = provided(r.race());
            labels.get("ethnicity")[i] = provided(r.ethnicity());
            labels.get("sex")[i] = provided(r.sex());
            labels.get("age")[i] = provided(r.ageBand());
        }
        Map<String, String[]> reported = new LinkedHashMap<>();
        List<String> skipped = new ArrayList<>();
        for (Map.Entry<String, String[]> d : labels.entrySet()) {
            Optional<String> control = Optional.ofNullable(LabeledEvaluation.CONTROLS.get(d.getKey()));
            boolean any = java.util.Arrays.stream(d.getValue()).anyMatch(java.util.Objects::nonNull);
            boolean controlPresent = control.map(c -> java.util.Arrays.asList(d.getValue()).contains(c)).orElse(any);
            if (controlPresent) {
                reported.put(d.getKey(), d.getValue());
            } else {
                skipped.add(d.getKey() + ": " + (any ? "no prediction of the control group " + control.get()
                        : "no demographics reported"));
            }
        }
        FairLending figures = FairLending.compute(approved, risk, reported, LabeledEvaluation.CONTROLS);
        Map<String, Integer> controlCounts = new LinkedHashMap<>();
        for (GroupFairness g : figures.groups()) {
            if (g.group().equals(g.control())) {
                controlCounts.put(g.dimension(), g.count());
            }
        }
        List<FairLendingReport.Group> groups = new ArrayList<>();
        Double minAir = null;
        int below = 0;
        for (GroupFairness g : figures.groups()) {
            Double air = Double.isNaN(g.adverseImpactRatio()) ? null : g.adverseImpactRatio();
            boolean judged = air != null && g.count() >= minCount
                    && controlCounts.getOrDefault(g.dimension(), 0) >= minCount;
            boolean low = judged && air < floor;
            if (judged) {
                minAir = minAir == null ? air : Math.min(minAir, air);
            }
            below += low ? 1 : 0;
            groups.add(new FairLendingReport.Group(g.dimension(), g.group(), g.control(), g.count(), g.approvalRate(),
                    air, g.meanRisk(), g.standardizedMeanDifference(), judged, low));
        }
        return new FairLendingReport.ModelFairness(version, all, n, groups, skipped, minAir, below);
    }

    private static String provided(String value) {
        return value == null || value.isBlank() || NOT_PROVIDED.equals(value) ? null : value;
    }
}
