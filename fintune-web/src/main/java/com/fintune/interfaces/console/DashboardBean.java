package com.fintune.interfaces.console;

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

    public List<StatusCount> getByStatus() {
        List<StatusCount> rows = new ArrayList<>();
        for (Map.Entry<String, Long> e : snapshot.applicationsByStatus().entrySet()) {
            rows.add(new StatusCount(e.getKey(), e.getValue()));
        }
        return rows;
    }
}
