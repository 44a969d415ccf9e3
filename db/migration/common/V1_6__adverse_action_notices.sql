-- Adverse-action notices (Regulation B 12 CFR 1002.9) are kept in DOCUMENTS_REGISTRY beside the documents received
-- for applications, as DOCUMENT_TYPE 'ADVERSE_ACTION_NOTICE' with the PDF itself, so the notice a client fetched is
-- the one shown again later and the one the retention job removes after fintune.notice.retention-months.
-- A notice belongs to a prediction (RISK_ASSESSMENT_ID); a prediction of ad-hoc input (POST /predict with the
-- application's fields) has no APPLICATIONS row, so APPLICATION_ID becomes optional.
ALTER TABLE DOCUMENTS_REGISTRY ALTER COLUMN APPLICATION_ID DROP NOT NULL;
ALTER TABLE DOCUMENTS_REGISTRY ADD COLUMN RISK_ASSESSMENT_ID BIGINT;
ALTER TABLE DOCUMENTS_REGISTRY ADD CONSTRAINT FK_DOCUMENTS_ASSESSMENT
    FOREIGN KEY (RISK_ASSESSMENT_ID) REFERENCES RISK_ASSESSMENTS(ID);
-- BYTEA is PostgreSQL's binary type and an alias of BINARY VARYING in H2 (up to 1 GB): one spelling for both.
-- (Not BLOB: PostgreSQL has none, and Hibernate would map a LOB to large-object OIDs there.) A notice is a few KB.
ALTER TABLE DOCUMENTS_REGISTRY ADD COLUMN CONTENT BYTEA;
ALTER TABLE DOCUMENTS_REGISTRY ADD COLUMN CONTENT_TYPE VARCHAR(100);
ALTER TABLE DOCUMENTS_REGISTRY ADD COLUMN CREATED_AT TIMESTAMP WITH TIME ZONE;
ALTER TABLE DOCUMENTS_REGISTRY ADD COLUMN CREATED_BY VARCHAR(100);
-- One notice per prediction and type (NULLs, i.e. documents of applications, are not constrained).
CREATE UNIQUE INDEX UX_DOCUMENTS_ASSESSMENT_TYPE ON DOCUMENTS_REGISTRY(RISK_ASSESSMENT_ID, DOCUMENT_TYPE);
-- The retention job's lookup: notices created before a cut-off.
CREATE INDEX IX_DOCUMENTS_TYPE_CREATED ON DOCUMENTS_REGISTRY(DOCUMENT_TYPE, CREATED_AT);
