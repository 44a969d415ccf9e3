package com.fintune.audit.infrastructure;

import com.fintune.audit.domain.AuditEntry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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

    /**
     * Entries matching the filters (null keeps all), newest first: {@code subject} and {@code actor} match when
     * they contain the text given (case-insensitive), {@code from} inclusive, {@code to} exclusive.
     */
    public List<AuditEntry> search(String subject, String actor, Instant from, Instant to, int offset, int limit) {
        TypedQuery<AuditEntry> query = em.createQuery("select e from AuditEntry e" + where(subject, actor, from, to)
                + " order by e.seq desc", AuditEntry.class);
        bind(query, subject, actor, from, to);
        return query.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    /** How many entries {@link #search} would list in all. */
    public long count(String subject, String actor, Instant from, Instant to) {
        TypedQuery<Long> query = em.createQuery("select count(e) from AuditEntry e" + where(subject, actor, from, to),
                Long.class);
        bind(query, subject, actor, from, to);
        return query.getSingleResult();
    }

    private static String where(String subject, String actor, Instant from, Instant to) {
        List<String> c = new ArrayList<>();
        if (subject != null) c.add("lower(e.subject) like :subject");
        if (actor != null) c.add("lower(e.actor) like :actor");
        if (from != null) c.add("e.occurredAt >= :from");
        if (to != null) c.add("e.occurredAt < :to");
        return c.isEmpty() ? "" : " where " + String.join(" and ", c);
    }

    private static void bind(TypedQuery<?> query, String subject, String actor, Instant from, Instant to) {
        if (subject != null) query.setParameter("subject", "%" + subject.toLowerCase(Locale.ROOT) + "%");
        if (actor != null) query.setParameter("actor", "%" + actor.toLowerCase(Locale.ROOT) + "%");
        if (from != null) query.setParameter("from", from);
        if (to != null) query.setParameter("to", to);
    }

    /** How many entries have a sequence above {@code seq}. */
    public long countAfter(long seq) {
        return em.createQuery("select count(e) from AuditEntry e where e.seq > :seq", Long.class)
                .setParameter("seq", seq)
                .getSingleResult();
    }
}
