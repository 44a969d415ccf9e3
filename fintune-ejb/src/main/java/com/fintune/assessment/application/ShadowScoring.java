package com.fintune.assessment.application;

import com.fintune.assessment.domain.ShadowPrediction;
import com.fintune.ml.features.ApplicationFeatures;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Scores an answered application on the shadow versions of the traffic split, after the answer and on another
 * thread, so a shadow never slows or changes an answer; each shadow's scores go to SHADOW_PREDICTIONS in a
 * transaction of their own. A shadow that fails is logged and skipped. (A prediction whose own transaction rolls
 * back may still leave its shadow rows: they record what the shadow said about that input, nothing more.)
 */
@Stateless
public class ShadowScoring {

    private static final Logger LOG = Logger.getLogger(ShadowScoring.class.getName());

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    private ManagedExecutorService executor;

    @EJB
    private ModelRuntime runtime;

    @EJB
    private ShadowScoring self;

    @PersistenceContext(unitName = "fintune")
    private EntityManager em;

    /** Queues the shadow scoring of one answered application; returns at once. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public void scoreLater(ApplicationFeatures features, Scored served, Long applicationId, String requestId) {
        List<String> shadows = runtime.shadowVersions().stream().filter(v -> !v.equals(served.modelVersion())).toList();
        if (shadows.isEmpty()) {
            return;
        }
        try {
            executor.execute(() -> shadows.forEach(v -> scoreOne(v, features, served, applicationId, requestId)));
        } catch (RejectedExecutionException e) {
            LOG.warning(() -> "Shadow scoring skipped for request " + requestId + ": " + e.getMessage());
        }
    }

    private void scoreOne(String version, ApplicationFeatures features, Scored served, Long applicationId,
                          String requestId) {
        try {
            long start = System.nanoTime();
            Scored shadow = runtime.scoreWith(version, features);
            int latencyMs = (int) Math.round((System.nanoTime() - start) / 1e6);
            self.store(new ShadowPrediction(version, served.modelVersion(), requestId, applicationId,
                    shadow.inputHash(), probabilitiesJson(shadow.scores().reasonProbabilities()),
                    BigDecimal.valueOf(shadow.scores().riskScore()).setScale(2, RoundingMode.HALF_UP), latencyMs,
                    Instant.now()));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Shadow model " + version + " could not score request " + requestId, e);
        }
    }

    /** Stores one shadow's scores in a transaction of its own. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void store(ShadowPrediction prediction) {
        em.persist(prediction);
    }

    private static String probabilitiesJson(float[] probabilities) {
        StringBuilder s = new StringBuilder("[");
        for (int i = 0; i < probabilities.length; i++) {
            s.append(i == 0 ? "" : ",").append(probabilities[i]);
        }
        return s.append(']').toString();
    }
}
