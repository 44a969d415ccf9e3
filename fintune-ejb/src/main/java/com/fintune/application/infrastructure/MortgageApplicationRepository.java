package com.fintune.application.infrastructure;

import com.fintune.application.domain.ApplicationStatus;
import com.fintune.application.domain.MortgageApplication;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Stores and finds mortgage applications. */
@ApplicationScoped
public class MortgageApplicationRepository {

    @PersistenceContext(unitName = "fintune")
    EntityManager em;

    public MortgageApplication store(MortgageApplication application) {
        em.persist(application);
        return application;
    }

    public Optional<MortgageApplication> findByReference(String reference) {
        return em.createQuery("select a from MortgageApplication a where a.reference = :ref",
                        MortgageApplication.class)
                .setParameter("ref", reference)
                .getResultStream().findFirst();
    }

    public long count() {
        return em.createQuery("select count(a) from MortgageApplication a", Long.class).getSingleResult();
    }

    /** How many applications are in each status; every status is present, zero when none. */
    public Map<ApplicationStatus, Long> countByStatus() {
        Map<ApplicationStatus, Long> counts = new EnumMap<>(ApplicationStatus.class);
        for (ApplicationStatus status : ApplicationStatus.values()) {
            counts.put(status, 0L);
        }
        List<Object[]> rows = em.createQuery(
                "select a.status, count(a) from MortgageApplication a group by a.status", Object[].class)
                .getResultList();
        for (Object[] row : rows) {
            counts.put((ApplicationStatus) row[0], (Long) row[1]);
        }
        return counts;
    }

    /** How many applications were decided as DENIED. */
    public long countDenied() {
        return em.createQuery("select count(a) from MortgageApplication a where a.decision = 'DENIED'", Long.class)
                .getSingleResult();
    }
}
