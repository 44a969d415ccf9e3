package com.fintune.interfaces.console;

import com.fintune.assessment.application.PredictionFilter;
import com.fintune.assessment.application.StoredPredictions;
import com.fintune.assessment.infrastructure.PredictionCriteria;
import com.fintune.monitoring.service.DashboardService;
import com.fintune.monitoring.service.PortfolioSnapshot;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The dashboard's figures: one snapshot of the database per request. */
@Named("dashboard")
@RequestScoped
public class DashboardBean {

    @EJB
    DashboardService service;

    @EJB
    StoredPredictions stored;

    private PortfolioSnapshot snapshot;

    /** One status and its count, for the table on the dashboard. */
    public record StatusCount(String status, long count) {
    }

    @PostConstruct
    void load() {
        snapshot = service.snapshot();
    }

    public PortfolioSnapshot getSnapshot() {
        return snapshot;
    }

    /** Predictions with no final decision recorded yet (the underwriter's to-do), as this user may see them. */
    public long getAwaitingFinalDecision() {
        return stored.count(new PredictionFilter(null, null, null, null, null, null,
                PredictionCriteria.NO_FINAL_DECISION), ConsoleUser.viewer());
    }

    public List<StatusCount> getByStatus() {
        List<StatusCount> rows = new ArrayList<>();
        for (Map.Entry<String, Long> e : snapshot.applicationsByStatus().entrySet()) {
            rows.add(new StatusCount(e.getKey(), e.getValue()));
        }
        return rows;
    }
}
