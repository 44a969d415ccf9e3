package com.fintune.batch.prediction;

import com.fintune.assessment.application.ApplicationNotFoundException;
import com.fintune.assessment.application.BatchPredictionService;
import com.fintune.assessment.application.BatchWork;
import com.fintune.assessment.application.InvalidApplicationException;
import com.fintune.ml.data.ValidationException;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;

import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Predicts one unit through the one prediction path, in the unit's own transaction (stored with its audit entry).
 * A unit the application's data makes unpredictable (invalid, or its stored application gone) is recorded as failed
 * with the reason and the job goes on; a model failure still fails the job, which a restart resumes.
 */
@Named("predictionProcessor")
@Dependent
public class PredictionProcessor implements ItemProcessor {

    private static final Logger LOG = Logger.getLogger(PredictionProcessor.class.getName());

    @EJB
    BatchPredictionService batches;

    @Override
    public Object processItem(Object item) {
        BatchWork work = (BatchWork) item;
        try {
            batches.predict(work);
        } catch (InvalidApplicationException e) {
            failed(work, "invalid application: " + e.errors().stream().map(f -> f.field() + " " + f.message())
                    .collect(Collectors.joining("; ")));
        } catch (ValidationException e) {
            failed(work, "invalid request: " + e.getMessage());
        } catch (ApplicationNotFoundException e) {
            failed(work, e.getMessage());
        }
        return item;
    }

    private void failed(BatchWork work, String reason) {
        LOG.warning(() -> "Batch " + work.batchId() + " item " + work.position() + " not predicted: " + reason);
        batches.failed(work, reason);
    }
}
