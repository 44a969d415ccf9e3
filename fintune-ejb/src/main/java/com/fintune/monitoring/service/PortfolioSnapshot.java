package com.fintune.monitoring.service;

import java.time.Instant;
import java.util.Map;

/** What the dashboard shows: how much is in the database right now. */
public record PortfolioSnapshot(long applications, Map<String, Long> applicationsByStatus, long customers,
                                long assessments, long assessmentsLast7Days, long auditEntries,
                                long modelVersions, String activeModelVersion, Instant takenAt) {
}
