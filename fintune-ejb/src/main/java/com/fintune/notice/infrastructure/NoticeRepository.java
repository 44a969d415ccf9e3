package com.fintune.notice.infrastructure;

import com.fintune.notice.domain.StoredNotice;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Stored notices: one per prediction; those created before a cut-off for the retention job. */
@ApplicationScoped
public class NoticeRepository {

    @PersistenceContext(unitName = "fintune")
    EntityManager em;

    public Optional<StoredNotice> forPrediction(long predictionId) {
        return em.createQuery("select n from StoredNotice n where n.predictionId = :p and n.documentType = :t",
                        StoredNotice.class)
                .setParameter("p", predictionId).setParameter("t", StoredNotice.TYPE)
                .getResultStream().findFirst();
    }

    public StoredNotice store(StoredNotice notice) {
        em.persist(notice);
        em.flush();
        return notice;
    }

    /** Notices created before {@code cutoff}, oldest first, at most {@code limit}: id and hash (no content). */
    public List<Object[]> createdBefore(Instant cutoff, int limit) {
        return em.createQuery("select n.id, n.contentSha256, n.predictionId from StoredNotice n "
                        + "where n.documentType = :t and n.createdAt < :c order by n.createdAt, n.id", Object[].class)
                .setParameter("t", StoredNotice.TYPE).setParameter("c", cutoff)
                .setMaxResults(limit).getResultList();
    }

    public int delete(List<Long> ids) {
        if (ids.isEmpty()) {
            return 0;
        }
        return em.createQuery("delete from StoredNotice n where n.id in :ids and n.documentType = :t")
                .setParameter("ids", ids).setParameter("t", StoredNotice.TYPE).executeUpdate();
    }

    /** Predictions of a decision assessed in [from, to) that have no notice yet: the batch job's work list. */
    public List<Long> predictionsWithoutNotice(String decision, Instant from, Instant to) {
        return em.createQuery("select r.id from RiskAssessment r where r.decision = :d and r.assessedAt >= :f "
                        + "and r.assessedAt < :to and not exists (select n.id from StoredNotice n "
                        + "where n.predictionId = r.id and n.documentType = :t) order by r.id", Long.class)
                .setParameter("d", decision).setParameter("f", from).setParameter("to", to)
                .setParameter("t", StoredNotice.TYPE).getResultList();
    }
}
