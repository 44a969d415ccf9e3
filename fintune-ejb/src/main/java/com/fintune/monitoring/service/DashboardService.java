package com.fintune.monitoring.service;

import com.fintune.application.infrastructure.CustomerRepository;
import com.fintune.application.infrastructure.MortgageApplicationRepository;
import com.fintune.assessment.infrastructure.RiskAssessmentRepository;
import com.fintune.audit.infrastructure.AuditLogRepository;
import com.fintune.modelregistry.domain.ModelVersion;
import com.fintune.modelregistry.infrastructure.ModelVersionRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** Counts for the console's dashboard, read from the database in one transaction. */
@Stateless
public class DashboardService {

    @Inject
    MortgageApplicationRepository applications;
    @Inject
    CustomerRepository customers;
    @Inject
    RiskAssessmentRepository assessments;
    @Inject
    AuditLogRepository auditLog;
    @Inject
    ModelVersionRepository models;

    public PortfolioSnapshot snapshot() {
        Instant now = Instant.now();
        Map<String, Long> byStatus = new LinkedHashMap<>();
        applications.countByStatus().forEach((status, n) -> byStatus.put(status.name(), n));
        return new PortfolioSnapshot(
                applications.count(),
                byStatus,
                customers.count(),
                assessments.count(),
                assessments.countSince(now.minus(Duration.ofDays(7))),
                auditLog.count(),
                models.count(),
                models.champion().map(ModelVersion::getVersion).orElse(null),
                now);
    }
}
