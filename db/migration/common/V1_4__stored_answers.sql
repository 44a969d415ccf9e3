-- Each prediction's answer exactly as it was first sent (POST /api/v1/predict answers these characters and
-- GET /api/v1/predictions/{id} returns them again), so a stored prediction is shown without the model and without
-- re-rendering. TEXT is unbounded on PostgreSQL and a CLOB on H2: an answer is a few KB today but must never be cut.
-- Null for predictions made before this migration.
ALTER TABLE RISK_ASSESSMENTS ADD COLUMN ANSWER_JSON TEXT;

-- ASSESSED_BY already holds the signed-in account that asked for the prediction. INTEGRATION accounts list and read
-- only their own predictions, newest first: that lookup gets an index.
CREATE INDEX IX_ASSESSMENTS_ASSESSED_BY ON RISK_ASSESSMENTS(ASSESSED_BY, ASSESSED_AT);
