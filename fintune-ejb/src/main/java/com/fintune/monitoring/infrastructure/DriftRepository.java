package com.fintune.monitoring.infrastructure;

import com.fintune.monitoring.domain.DriftResult;
import com.fintune.monitoring.domain.DriftRun;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Stores drift checks and reads the latest ones back. */
@ApplicationScoped
public class DriftRepository {

    @PersistenceContext(unitName = "fintune")
    EntityManager em;

    public DriftRun store(DriftRun run, List<DriftResult.Draft> results) {
        em.persist(run);
        em.flush();
        for (DriftResult.Draft r : results) {
            em.persist(r.of(run.getId()));
        }
        return run;
    }

    /** The newest check of any model (highest id). */
    public Optional<DriftRun> latest() {
        return em.createQuery("select r from DriftRun r order by r.id desc", DriftRun.class)
                .setMaxResults(1).getResultStream().findFirst();
    }

    /** The newest check of one model version that measured its columns. */
    public Optional<DriftRun> latestMeasured(String modelVersion) {
        return em.createQuery("select r from DriftRun r where r.modelVersion = :v and r.status = :s order by r.id desc",
                        DriftRun.class)
                .setParameter("v", modelVersion).setParameter("s", DriftRun.MEASURED)
                .setMaxResults(1).getResultStream().findFirst();
    }

    /** A run's results in the order they were stored (the reference's column order). */
    public List<DriftResult> results(long runId) {
        return em.createQuery("select r from DriftResult r where r.runId = :id order by r.id", DriftResult.class)
                .setParameter("id", runId).getResultList();
    }
}
