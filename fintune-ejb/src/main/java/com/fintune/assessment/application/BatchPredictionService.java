package com.fintune.assessment.application;

import com.fintune.application.domain.ApplicationStatus;
import com.fintune.assessment.domain.PredictionBatch;
import com.fintune.assessment.domain.PredictionBatchItem;
import com.fintune.ml.serving.ApplicationJson;
import com.fintune.ml.serving.PredictionAnswer;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

/**
 * Batches of predictions: storing a large request for the predict-applications job, the job's reads and writes
 * (restartable: the job's checkpoint is the last position done), the nightly backlog, and status with results.
 */
@Stateless
public class BatchPredictionService {

    @PersistenceContext(unitName = "fintune")
    private EntityManager em;

    @EJB
    private PredictionService predictions;

    @Resource
    private SessionContext session;

    /** Stores a requested batch (already validated item by item) for the job; returns its id. */
    public long submit(List<String> requestJsons, String requestId) {
        PredictionBatch batch = new PredictionBatch(PredictionBatch.Source.REQUEST, caller(), requestId,
                requestJsons.size());
        em.persist(batch);
        em.flush();
        for (int i = 0; i < requestJsons.size(); i++) {
            em.persist(new PredictionBatchItem(batch.getId(), i, requestJsons.get(i)));
        }
        return batch.getId();
    }

    /** Opens a batch over every application still waiting for a prediction (status RECEIVED). */
    public long openBacklog(String requestId) {
        long waiting = em.createQuery("select count(a) from MortgageApplication a where a.status = :s", Long.class)
                .setParameter("s", ApplicationStatus.RECEIVED).getSingleResult();
        PredictionBatch batch = new PredictionBatch(PredictionBatch.Source.BACKLOG, caller(), requestId,
                (int) waiting);
        em.persist(batch);
        em.flush();
        return batch.getId();
    }

    public void started(long batchId, long executionId) {
        em.find(PredictionBatch.class, batchId).started(executionId);
    }

    public void finished(long batchId, boolean completed) {
        em.find(PredictionBatch.class, batchId).finished(completed);
    }

    /** The next work after {@code position} (exclusive), at most {@code limit}, in position order. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<BatchWork> nextWork(long batchId, long position, int limit) {
        PredictionBatch batch = em.find(PredictionBatch.class, batchId);
        if (batch.getSource() == PredictionBatch.Source.BACKLOG) {
            return em.createQuery("select a.id from MortgageApplication a where a.status = :s and a.id > :after "
                            + "order by a.id", Long.class)
                    .setParameter("s", ApplicationStatus.RECEIVED).setParameter("after", position)
                    .setMaxResults(limit).getResultList().stream()
                    .map(id -> new BatchWork(batchId, id, null, id)).toList();
        }
        return em.createQuery("select i from PredictionBatchItem i where i.key.batchId = :b and i.key.itemNo > :after "
                        + "and i.answerJson is null and i.failure is null order by i.key.itemNo", PredictionBatchItem.class)
                .setParameter("b", batchId).setParameter("after", (int) Math.min(position, Integer.MAX_VALUE))
                .setMaxResults(limit).getResultList().stream()
                .map(i -> new BatchWork(batchId, i.getItemNo(), i.getRequestJson(), null)).toList();
    }

    /**
     * Predicts one unit in a transaction of its own and records it: a bad item rolls back only itself, and the
     * audit chain's head is locked for one prediction, never across a chunk of model calls. A requested batch's
     * predictions are recorded as asked by the account that submitted it, so an INTEGRATION client finds them
     * among its own.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void predict(BatchWork work) {
        if (work.applicationId() != null) {
            predictions.predictStored(work.applicationId(), Channel.BATCH, "batch-" + work.batchId());
        } else {
            ApplicationJson.Request request = new ApplicationJson().read(work.requestJson());
            String submittedBy = em.find(PredictionBatch.class, work.batchId()).getSubmittedBy();
            StoredAnswer answer = predictions.answerFor(request, Channel.BATCH, "batch-" + work.batchId(),
                    submittedBy);
            PredictionBatchItem item = em.find(PredictionBatchItem.class,
                    new PredictionBatchItem.Key(work.batchId(), (int) work.position()));
            item.answered(answer.answer().predictionId(), answer.json());
        }
    }

    /**
     * Records that a unit could not be predicted and why; the batch goes on. Runs in the chunk's transaction, where
     * the batch row is already managed (a separate transaction's count would be overwritten by the chunk's update).
     */
    public void failed(BatchWork work, String reason) {
        em.find(PredictionBatch.class, work.batchId()).itemFailed();
        if (work.applicationId() == null) {
            em.find(PredictionBatchItem.class, new PredictionBatchItem.Key(work.batchId(), (int) work.position()))
                    .failed(reason);
        }
    }

    /**
     * Counts {@code items} more as done (the job's writer, once per chunk). A requested batch counts its answered
     * and failed items instead: each item commits on its own, so after a server died mid-chunk, items answered in the
     * lost chunk are not predicted again on restart and would otherwise never be counted.
     */
    public void progressed(long batchId, int items) {
        PredictionBatch batch = em.find(PredictionBatch.class, batchId);
        if (batch.getSource() == PredictionBatch.Source.BACKLOG) {
            batch.progressed(items);
            return;
        }
        long dealtWith = em.createQuery("select count(i) from PredictionBatchItem i where i.key.batchId = :b and "
                + "(i.answerJson is not null or i.failure is not null)", Long.class).setParameter("b", batchId)
                .getSingleResult();
        batch.done((int) dealtWith);
    }

    /** A batch recorded as RUNNING and the job execution it last ran as. */
    public record RunningBatch(long batchId, long executionId) {
    }

    /** The job execution a batch last ran as, or null when it never started. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Long executionOf(long batchId) {
        PredictionBatch b = em.find(PredictionBatch.class, batchId);
        return b == null ? null : b.getJobExecutionId();
    }

    /** Batches recorded as RUNNING with an execution (what {@link BatchRecovery} checks). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<RunningBatch> running() {
        return em.createQuery("select b from PredictionBatch b where b.status = :s and b.jobExecutionId is not null",
                        PredictionBatch.class).setParameter("s", PredictionBatch.Status.RUNNING.name())
                .getResultList().stream().map(b -> new RunningBatch(b.getId(), b.getJobExecutionId())).toList();
    }

    /** Batches queued or running, with their items in all and done so far (the metrics' batch progress). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public ActiveBatches active() {
        Object[] row = em.createQuery("select count(b), coalesce(sum(b.totalItems), 0), coalesce(sum(b.doneItems), 0) "
                        + "from PredictionBatch b where b.status in :open", Object[].class)
                .setParameter("open", List.of(PredictionBatch.Status.QUEUED.name(),
                        PredictionBatch.Status.RUNNING.name()))
                .getSingleResult();
        return new ActiveBatches(((Number) row[0]).longValue(), ((Number) row[1]).longValue(),
                ((Number) row[2]).longValue());
    }

    /**
     * @param batches batches QUEUED or RUNNING
     * @param items   their items in all
     * @param done    of those, done
     */
    public record ActiveBatches(long batches, long items, long done) {
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<BatchStatus> status(long batchId) {
        PredictionBatch b = em.find(PredictionBatch.class, batchId);
        if (b == null) {
            return Optional.empty();
        }
        List<PredictionAnswer> results = b.getStatus() != PredictionBatch.Status.COMPLETED
                || b.getSource() == PredictionBatch.Source.BACKLOG ? List.of()
                : em.createQuery("select i.answerJson from PredictionBatchItem i where i.key.batchId = :b "
                        + "order by i.key.itemNo", String.class).setParameter("b", batchId).getResultList()
                .stream().map(AnswerJson::read).toList();
        double percent = b.getTotalItems() == 0 ? 100 : Math.round(1000.0 * b.getDoneItems() / b.getTotalItems()) / 10.0;
        List<BatchStatus.Failure> failures = b.getSource() == PredictionBatch.Source.BACKLOG ? List.of()
                : em.createQuery("select i from PredictionBatchItem i where i.key.batchId = :b and i.failure is not "
                        + "null order by i.key.itemNo", PredictionBatchItem.class).setParameter("b", batchId)
                .getResultList().stream().map(i -> new BatchStatus.Failure(i.getItemNo(), i.getFailure())).toList();
        return Optional.of(new BatchStatus(b.getId(), b.getSource().name(), b.getStatus().name(), b.getTotalItems(),
                b.getDoneItems(), b.getFailedItems(), percent, b.getCreatedAt(), b.getFinishedAt(), results,
                failures));
    }

    private String caller() {
        return session.getCallerPrincipal() == null ? "system" : session.getCallerPrincipal().getName();
    }
}
