-- A batch item whose application cannot be predicted (it fails validation, or its stored application is gone) is
-- recorded as failed with the reason in plain words, and the job goes on: one bad item no longer fails a batch.
-- FAILED_ITEMS counts them per batch (for a backlog batch, whose applications have no item rows, only the count
-- and the server log keep them).
ALTER TABLE PREDICTION_BATCH_ITEMS ADD COLUMN FAILURE VARCHAR(500);
ALTER TABLE PREDICTION_BATCHES ADD COLUMN FAILED_ITEMS INTEGER DEFAULT 0 NOT NULL;
