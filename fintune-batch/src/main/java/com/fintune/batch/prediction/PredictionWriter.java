package com.fintune.batch.prediction;

import com.fintune.assessment.application.BatchPredictionService;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** Counts the chunk's predictions as done (the progress the status URL shows). */
@Named("predictionWriter")
@Dependent
public class PredictionWriter extends AbstractItemWriter {

    @Inject
    @BatchProperty(name = "batchId")
    String batchId;

    @EJB
    BatchPredictionService batches;

    @Override
    public void writeItems(List<Object> items) {
        batches.progressed(Long.parseLong(batchId), items.size());
    }
}
