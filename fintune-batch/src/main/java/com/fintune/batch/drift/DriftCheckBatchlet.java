package com.fintune.batch.drift;

import com.fintune.monitoring.service.DriftReport;
import com.fintune.monitoring.service.DriftService;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * Runs one drift check. Exit status {@code MEASURED ACT=<n> WATCH=<n>} or {@code TOO_FEW_PREDICTIONS n=<count>};
 * a bad parameter or a missing reference fails the job with the reason.
 */
@Named("driftCheckBatchlet")
@Dependent
public class DriftCheckBatchlet extends AbstractBatchlet {

    @EJB
    DriftService drift;

    @Inject
    JobContext job;

    @Inject
    @BatchProperty(name = "windowDays")
    String windowDays;

    @Inject
    @BatchProperty(name = "from")
    String from;

    @Inject
    @BatchProperty(name = "submittedBy")
    String submittedBy;

    @Override
    public String process() {
        DriftReport report = drift.check(days(), instant(), job.getExecutionId(), submittedBy);
        String exit = report.status().equals("MEASURED")
                ? "MEASURED ACT=" + count(report, "ACT") + " WATCH=" + count(report, "WATCH")
                : report.status() + " n=" + report.predictions();
        job.setExitStatus(exit);
        return exit;
    }

    private static long count(DriftReport report, String level) {
        return report.columns().stream().filter(c -> c.level().equals(level)).count();
    }

    private Integer days() {
        if (windowDays == null || windowDays.isBlank()) {
            return null;
        }
        try {
            int d = Integer.parseInt(windowDays.trim());
            if (d < 1) {
                throw new NumberFormatException();
            }
            return d;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("windowDays must be a whole number of days, at least 1, was " + windowDays);
        }
    }

    private Instant instant() {
        if (from == null || from.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(from.trim());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("from must be an ISO-8601 instant such as 2026-01-31T00:00:00Z, was " + from);
        }
    }
}
