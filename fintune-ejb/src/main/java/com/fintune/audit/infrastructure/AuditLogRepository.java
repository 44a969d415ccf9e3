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

    /** Entries in chain order with {@code fromSeq <= seq <= toSeq}, at most {@code limit}. */
    public List<AuditEntry> range(long fromSeq, long toSeq, int limit) {
        return em.createQuery("select e from AuditEntry e where e.seq >= :from and e.seq <= :to order by e.seq",
                        AuditEntry.class)
                .setParameter("from", fromSeq)
                .setParameter("to", toSeq)
                .setMaxResults(limit)
                .getResultList();
    }

    public Optional<AuditEntry> find(long seq) {
        return Optional.ofNullable(em.find(AuditEntry.class, seq));
    }

    /** How many entries have a sequence above {@code seq}. */
    public long countAfter(long seq) {
        return em.createQuery("select count(e) from AuditEntry e where e.seq > :seq", Long.class)
                .setParameter("seq", seq)
                .getSingleResult();
    }
}
