-- PostgreSQL only: the audit log refuses UPDATE and DELETE, so the hash chain can only grow.
CREATE OR REPLACE FUNCTION fintune_audit_log_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'AUDIT_LOG is append-only: % refused', TG_OP;
END;
$$ LANGUAGE plpgsql;

DROP TRIGGER IF EXISTS audit_log_append_only ON AUDIT_LOG;
CREATE TRIGGER audit_log_append_only
    BEFORE UPDATE OR DELETE ON AUDIT_LOG
    FOR EACH ROW EXECUTE FUNCTION fintune_audit_log_append_only();
