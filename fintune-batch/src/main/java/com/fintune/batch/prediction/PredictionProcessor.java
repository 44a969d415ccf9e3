package com.fintune.batch.prediction;

import com.fintune.assessment.application.BatchPredictionService;
import com.fintune.assessment.application.BatchWork;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;

/** Predicts one unit through the one prediction path (stored with its audit entry in the chunk's transaction). */
@Named("predictionProcessor")
@Dependent
public class PredictionProcessor implements ItemProcessor {

    @EJB
    BatchPredictionService batches;

    @Override
    public Object processItem(Object item) {
        batches.predict((BatchWork) item);
        return item;
    }
}
