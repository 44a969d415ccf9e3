package com.fintune.monitoring.service;

import com.fintune.audit.application.AuditTrail;
import com.fintune.audit.chain.AuditEvent;
import com.fintune.monitoring.domain.DriftResult;
import com.fintune.monitoring.domain.DriftRun;
import com.fintune.monitoring.infrastructure.DriftRepository;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Stores a drift check in one transaction, with an audit entry (action {@value #ACT_CROSSED}) for each column at
 * the act level that was not at it in the model version's previous measured check.
 */
@Stateless
public class DriftRecorder {

    public static final String ACT_CROSSED = "DRIFT_ACT_THRESHOLD";
    private static final String ACT = "ACT";

    @Inject
    DriftRepository repository;

    @EJB
    AuditTrail audit;

    /** The stored run and the columns that crossed the act threshold with it. */
    public record Recorded(DriftRun run, List<String> crossedAct) {
    }

    public Recorded record(DriftRun run, List<DriftResult.Draft> results) {
        Set<String> actBefore = new HashSet<>();
        repository.latestMeasured(run.getModelVersion()).ifPresent(previous -> repository.results(previous.getId())
                .stream().filter(r -> ACT.equals(r.getLevel())).forEach(r -> actBefore.add(r.getColumnName())));
        DriftRun stored = repository.store(run, results);
        List<String> crossed = new ArrayList<>();
        Instant now = Instant.now();
        for (DriftResult.Draft r : results) {
            if (ACT.equals(r.level()) && !actBefore.contains(r.columnName())) {
                crossed.add(r.columnName());
                String subject = String.format(Locale.ROOT, "drift-run:%d column %s PSI %.3f >= %.2f",
                        stored.getId(), r.columnName(), r.psi(), run.getActThreshold());
                audit.append(new AuditEvent(now, run.getRequestedBy(), ACT_CROSSED, subject, null,
                        run.getModelVersion(), null, null));
            }
        }
        return new Recorded(stored, crossed);
    }
}
