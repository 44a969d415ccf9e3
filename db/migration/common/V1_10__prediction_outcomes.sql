-- The underwriter's final decision on a prediction (console "Record the final decision",
-- POST /api/v1/predictions/{id}/outcome): one per prediction, written once and never changed, so that accuracy
-- monitoring compares the model's decision with what the lender actually did. Each is also an audit entry
-- (RECORD_OUTCOME). DECISION: APPROVE, DENY or WITHDRAW (OutcomeRules, the one place that says so); COMMENT_TEXT: at
-- most 2,000 characters, optional.
CREATE TABLE PREDICTION_OUTCOMES (
    ASSESSMENT_ID       BIGINT        NOT NULL PRIMARY KEY REFERENCES RISK_ASSESSMENTS(ID),
    DECISION            VARCHAR(16)   NOT NULL,
    COMMENT_TEXT        VARCHAR(2000),
    RECORDED_BY         VARCHAR(100)  NOT NULL,
    RECORDED_AT         TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX IX_OUTCOMES_RECORDED_AT ON PREDICTION_OUTCOMES(RECORDED_AT);
