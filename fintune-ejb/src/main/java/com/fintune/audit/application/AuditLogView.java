package com.fintune.audit.application;

import com.fintune.audit.domain.AuditEntry;
import com.fintune.audit.infrastructure.AuditLogRepository;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.List;

/**
 * The audit log as the console's auditors read it: entries filtered by subject, actor and time, newest first, as
 * view records (never the entities). Reading only: the log has no update or delete path anywhere.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class AuditLogView {

    /** The most entries one call returns. */
    public static final int MAX_ROWS = 500;

    @Inject
    AuditLogRepository log;

    /**
     * One entry as shown.
     *
     * @param subject what it is about ("assessment:1017", "application:42")
     */
    public record Entry(long sequence, Instant occurredAt, String actor, String action, String subject,
                        String requestId, String modelVersion, String entryHash, String previousHash) {
    }

    /** Filters; a null or blank field keeps everything. {@code from} inclusive, {@code to} exclusive. */
    public record Filter(String subject, String actor, Instant from, Instant to) {
        public Filter {
            subject = subject == null || subject.isBlank() ? null : subject.strip();
            actor = actor == null || actor.isBlank() ? null : actor.strip();
        }
    }

    public long count(Filter f) {
        return log.count(f.subject(), f.actor(), f.from(), f.to());
    }

    public List<Entry> entries(Filter f, int offset, int limit) {
        return log.search(f.subject(), f.actor(), f.from(), f.to(), offset, Math.min(limit, MAX_ROWS)).stream()
                .map(AuditLogView::entry).toList();
    }

    private static Entry entry(AuditEntry e) {
        return new Entry(e.getSeq(), e.getOccurredAt(), e.getActor(), e.getAction(), e.getSubject(), e.getRequestId(),
                e.getModelVersion(), e.getEntryHash(), e.getPrevHash());
    }
}
