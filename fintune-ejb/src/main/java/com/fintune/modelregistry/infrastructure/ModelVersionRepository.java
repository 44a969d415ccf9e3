package com.fintune.modelregistry.infrastructure;

import com.fintune.modelregistry.domain.ModelStatus;
import com.fintune.modelregistry.domain.ModelVersion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Stores and finds registered model versions. */
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

    public Optional<ModelVersion> active() {
        return em.createQuery("select m from ModelVersion m where m.status = :s", ModelVersion.class)
                .setParameter("s", ModelStatus.ACTIVE)
                .getResultStream().findFirst();
    }

    public List<ModelVersion> all() {
        return em.createQuery("select m from ModelVersion m order by m.createdAt desc", ModelVersion.class)
                .getResultList();
    }

    public long count() {
        return em.createQuery("select count(m) from ModelVersion m", Long.class).getSingleResult();
    }
}
