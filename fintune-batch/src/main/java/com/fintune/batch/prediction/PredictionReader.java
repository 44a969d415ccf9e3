package com.fintune.batch.prediction;

import com.fintune.assessment.application.BatchPredictionService;
import com.fintune.assessment.application.BatchWork;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;

/** Reads the batch's work in position order, a page at a time; its checkpoint is the last position read. */
@Named("predictionReader")
@Dependent
public class PredictionReader extends AbstractItemReader {

    static final int PAGE = 64;

    @Inject
    @BatchProperty(name = "batchId")
    String batchId;

    @EJB
    BatchPredictionService batches;

    private final Deque<BatchWork> page = new ArrayDeque<>();
    private long position;

    @Override
    public void open(Serializable checkpoint) {
        position = checkpoint == null ? -1 : (Long) checkpoint;
    }

    @Override
    public Object readItem() {
        if (page.isEmpty()) {
            page.addAll(batches.nextWork(Long.parseLong(batchId), position, PAGE));
        }
        BatchWork next = page.poll();
        if (next != null) {
            position = next.position();
        }
        return next;
    }

    @Override
    public Serializable checkpointInfo() {
        return position;
    }
}
