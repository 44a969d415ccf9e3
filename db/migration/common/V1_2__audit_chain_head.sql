-- The audit chain's head: one row holding the last sequence number and entry hash. Appends lock it
-- (SELECT ... FOR UPDATE) until they commit, so concurrent appends queue up and the chain never forks.
CREATE TABLE AUDIT_CHAIN_HEAD (
    ID                  INTEGER       NOT NULL PRIMARY KEY,
    SEQ                 BIGINT        NOT NULL,
    ENTRY_HASH          VARCHAR(64)   NOT NULL
);
INSERT INTO AUDIT_CHAIN_HEAD (ID, SEQ, ENTRY_HASH)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
