package com.fintune.assessment.application;

import com.fintune.assessment.domain.PredictionBatch;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.List;

/** The newest batch prediction jobs (PREDICTION_BATCHES) as view records, for the console's Monitoring screen. */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class RecentBatches {

    @PersistenceContext(unitName = "fintune")
    private EntityManager em;

    /**
     * One batch as shown.
     *
     * @param source REQUEST (POST /batch-predict) or BACKLOG (the nightly job)
     * @param status QUEUED, RUNNING, COMPLETED or FAILED
     */
    public record Batch(long id, String source, String status, String submittedBy, int total, int done,
                        Instant createdAt, Instant finishedAt) {
        public int getPercent() {
            return total == 0 ? 100 : (int) Math.floor(100.0 * done / total);
        }
    }

    public List<Batch> newest(int limit) {
        return em.createQuery("select b from PredictionBatch b order by b.id desc", PredictionBatch.class)
                .setMaxResults(limit).getResultList().stream()
                .map(b -> new Batch(b.getId(), b.getSource().name(), b.getStatus().name(), b.getSubmittedBy(),
                        b.getTotalItems(), b.getDoneItems(), b.getCreatedAt(), b.getFinishedAt()))
                .toList();
    }
}
