-- The application exactly as the model read it (ApplicationJson.write: the API's field names, codes by name), kept
-- with each prediction so that it can be explained later with the facts as they were scored, even when a stored
-- application changes afterwards or the request named no stored application. Null for earlier predictions.
ALTER TABLE RISK_ASSESSMENTS ADD COLUMN APPLICATION_JSON TEXT;

-- One explanation per prediction (GET /api/v1/predictions/{id}/explanation): computed on first request with the
-- model that answered, then served from here. EXPLANATION_JSON is the response body; ELAPSED_MS what it cost.
CREATE TABLE PREDICTION_EXPLANATIONS (
    ASSESSMENT_ID       BIGINT        NOT NULL PRIMARY KEY REFERENCES RISK_ASSESSMENTS(ID),
    MODEL_VERSION       VARCHAR(64)   NOT NULL,
    EXPLANATION_JSON    TEXT          NOT NULL,
    ELAPSED_MS          INTEGER       NOT NULL,
    CREATED_BY          VARCHAR(100)  NOT NULL,
    CREATED_AT          TIMESTAMP WITH TIME ZONE NOT NULL
);
