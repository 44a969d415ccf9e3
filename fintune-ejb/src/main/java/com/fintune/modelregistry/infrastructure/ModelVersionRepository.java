package com.fintune.modelregistry.infrastructure;

import com.fintune.modelregistry.domain.ModelEvent;
import com.fintune.modelregistry.domain.ModelStatus;
import com.fintune.modelregistry.domain.ModelVersion;
import com.fintune.modelregistry.domain.RoutingChange;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Stores and finds registered model versions, their status changes and the traffic split. */
@ApplicationScoped
public class ModelVersionRepository {

    @PersistenceContext(unitName = "fintune")
    EntityManager em;

    public ModelVersion store(ModelVersion version) {
        em.persist(version);
        return version;
    }

    public Optional<ModelVersion> findByVersion(String version) {
        return em.createQuery("select m from ModelVersion m where m.version = :v", ModelVersion.class)
                .setParameter("v", version)
                .getResultStream().findFirst();
    }

    /** The version, locked until the transaction ends, so two changes of the same version never interleave. */
    public Optional<ModelVersion> lock(String version) {
        return em.createQuery("select m from ModelVersion m where m.version = :v", ModelVersion.class)
                .setParameter("v", version).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
    }

    public Optional<ModelVersion> champion() {
        return em.createQuery("select m from ModelVersion m where m.status = :s", ModelVersion.class)
                .setParameter("s", ModelStatus.CHAMPION)
                .getResultStream().findFirst();
    }

    /**
     * The champion, locked until the transaction ends: every registry change takes this lock first, so two changes
     * never both see the same champion and leave two.
     */
    public Optional<ModelVersion> lockChampion() {
        return em.createQuery("select m from ModelVersion m where m.status = :s", ModelVersion.class)
                .setParameter("s", ModelStatus.CHAMPION).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
    }

    public List<ModelVersion> all() {
        return em.createQuery("select m from ModelVersion m order by m.createdAt desc", ModelVersion.class)
                .getResultList();
    }

    public long count() {
        return em.createQuery("select count(m) from ModelVersion m", Long.class).getSingleResult();
    }

    public void record(ModelEvent event) {
        em.persist(event);
    }

    /** Oldest first. */
    public List<ModelEvent> events(String version) {
        return em.createQuery("select e from ModelEvent e where e.version = :v order by e.occurredAt, e.id",
                ModelEvent.class).setParameter("v", version).getResultList();
    }

    public void record(RoutingChange change) {
        em.persist(change);
    }

    /** The traffic split in force: the newest change, or empty when nobody set one. */
    public Optional<RoutingChange> routing() {
        return em.createQuery("select r from RoutingChange r order by r.changedAt desc, r.id desc",
                RoutingChange.class).setMaxResults(1).getResultStream().findFirst();
    }
}
