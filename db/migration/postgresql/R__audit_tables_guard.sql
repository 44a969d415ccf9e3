-- PostgreSQL only. TRUNCATE fires no row trigger, so R__audit_log_append_only's UPDATE/DELETE trigger does not stop
-- it: a statement trigger refuses TRUNCATE on AUDIT_LOG. The chain head's one row may only move forward one entry
-- at a time (what AuditTrail.append does) and may not be deleted or truncated.
-- A table's owner (and a superuser) can still disable these triggers: run the application as a role that owns
-- nothing (docs/operations.md, "Database roles").
CREATE OR REPLACE FUNCTION fintune_audit_refuse() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION '% is append-only: % refused', upper(TG_TABLE_NAME), TG_OP;
END;
$$ LANGUAGE plpgsql;

DROP TRIGGER IF EXISTS audit_log_no_truncate ON AUDIT_LOG;
CREATE TRIGGER audit_log_no_truncate
    BEFORE TRUNCATE ON AUDIT_LOG
    FOR EACH STATEMENT EXECUTE FUNCTION fintune_audit_refuse();

CREATE OR REPLACE FUNCTION fintune_audit_chain_head_advance() RETURNS trigger AS $$
BEGIN
    IF NEW.ID <> OLD.ID OR NEW.SEQ <> OLD.SEQ + 1 THEN
        RAISE EXCEPTION 'AUDIT_CHAIN_HEAD is append-only: it advances one entry at a time, % -> % refused',
            OLD.SEQ, NEW.SEQ;
    END IF;
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;

DROP TRIGGER IF EXISTS audit_chain_head_advance ON AUDIT_CHAIN_HEAD;
CREATE TRIGGER audit_chain_head_advance
    BEFORE UPDATE ON AUDIT_CHAIN_HEAD
    FOR EACH ROW EXECUTE FUNCTION fintune_audit_chain_head_advance();

DROP TRIGGER IF EXISTS audit_chain_head_keep ON AUDIT_CHAIN_HEAD;
CREATE TRIGGER audit_chain_head_keep
    BEFORE DELETE OR TRUNCATE ON AUDIT_CHAIN_HEAD
    FOR EACH STATEMENT EXECUTE FUNCTION fintune_audit_refuse();
