package com.fintune.audit.infrastructure;

import com.fintune.audit.domain.AuditEntry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Appends to and reads the audit log. There is deliberately no update or delete. */
@ApplicationScoped
public class AuditLogRepository {

    @PersistenceContext(unitName = "fintune")
    EntityManager em;

    public AuditEntry append(AuditEntry entry) {
        em.persist(entry);
        return entry;
    }

    /** The newest entry, locked for the rest of the transaction so two writers cannot both extend it. */
    public Optional<AuditEntry> lastForAppend() {
        return em.createQuery("select e from AuditEntry e order by e.seq desc", AuditEntry.class)
                .setMaxResults(1)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
    }

    public long count() {
        return em.createQuery("select count(e) from AuditEntry e", Long.class).getSingleResult();
    }

    /** Entries in chain order from {@code fromSeq} (inclusive), at most {@code limit}. */
    public List<AuditEntry> range(long fromSeq, int limit) {
        return em.createQuery("select e from AuditEntry e where e.seq >= :from order by e.seq", AuditEntry.class)
                .setParameter("from", fromSeq)
                .setMaxResults(limit)
                .getResultList();
    }
}
