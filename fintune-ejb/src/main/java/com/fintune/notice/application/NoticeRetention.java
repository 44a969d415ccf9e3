package com.fintune.notice.application;

import com.fintune.audit.application.AuditTrail;
import com.fintune.audit.chain.AuditEvent;
import com.fintune.notice.infrastructure.NoticeRepository;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Regulation B 1002.12(b)(1) keeps notices for 25 months after the applicant was notified; after that FinTune
 * removes them: daily (non-persistent timer, 02:30 server time) and on {@link #purge(String)}. Each run, even one
 * that finds nothing, appends one audit entry NOTICE_RETENTION whose subject says how many were removed and which
 * ids (cut to the column's 200 characters) and whose output hash is the SHA-256 of the full list of "id sha256"
 * lines, which the server log also records. Period: {@code fintune.notice.retention-months} (default 25).
 */
@Singleton
public class NoticeRetention {

    public static final String AUDIT_ACTION = "NOTICE_RETENTION";
    public static final String MONTHS = "fintune.notice.retention-months";
    public static final int DEFAULT_MONTHS = 25;
    /** Removed per run at most, so that one transaction stays small; the next day takes the rest. */
    static final int PER_RUN = 5_000;
    private static final Logger LOG = Logger.getLogger(NoticeRetention.class.getName());

    @Inject
    NoticeRepository notices;
    @EJB
    AuditTrail audit;

    @Schedule(hour = "2", minute = "30", persistent = false, info = "notice retention")
    void daily() {
        purge("system:notice-retention");
    }

    /** Removes the notices older than the retention period and audits it; returns what was removed. */
    public RetentionOutcome purge(String actor) {
        int months = months();
        Instant now = Instant.now();
        Instant cutoff = now.atOffset(ZoneOffset.UTC).minusMonths(months).toInstant();
        List<RetentionOutcome.Removed> removed = new ArrayList<>();
        for (Object[] row : notices.createdBefore(cutoff, PER_RUN)) {
            removed.add(new RetentionOutcome.Removed((Long) row[0], (Long) row[2], (String) row[1]));
        }
        notices.delete(removed.stream().map(RetentionOutcome.Removed::documentId).toList());
        String manifest = removed.stream().map(r -> r.documentId() + " " + r.sha256() + "\n")
                .collect(Collectors.joining());
        String manifestSha = NoticeService.sha256(manifest.getBytes(StandardCharsets.UTF_8));
        audit.append(new AuditEvent(now, actor, AUDIT_ACTION, subject(removed), null, null, null, manifestSha));
        LOG.info(() -> "notice retention: removed " + removed.size() + " notices created before " + cutoff + " ("
                + months + " months); id sha256:\n" + manifest);
        return new RetentionOutcome(cutoff, months, List.copyOf(removed), manifestSha);
    }

    static String subject(List<RetentionOutcome.Removed> removed) {
        String ids = removed.stream().map(r -> String.valueOf(r.documentId())).collect(Collectors.joining(","));
        String subject = "notices-removed:" + removed.size() + (removed.isEmpty() ? "" : " ids:" + ids);
        return subject.length() <= 200 ? subject : subject.substring(0, 199) + "…";
    }

    static int months() {
        int months = ConfigProvider.getConfig().getOptionalValue(MONTHS, Integer.class).orElse(DEFAULT_MONTHS);
        if (months < 1) {
            throw new IllegalStateException(MONTHS + " must be 1 or more, was " + months);
        }
        return months;
    }
}
