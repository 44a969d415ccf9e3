package com.fintune.platform.database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * PostgreSQL, when the application connects as a role other than the one that ran the migrations (and so owns the
 * tables): grants that role the data access it needs and withholds what would let it rewrite history. A role that
 * owns no table cannot disable the audit triggers, cannot TRUNCATE, and here may neither UPDATE nor DELETE
 * AUDIT_LOG, delete the chain head, or write Flyway's history. Idempotent; run by the owner after every migration.
 */
final class ApplicationRoleGrants {

    private ApplicationRoleGrants() {
    }

    /** The statements for {@code role} in {@code schema}, both already quoted as identifiers. */
    static List<String> statements(String schema, String role) {
        return List.of(
                "GRANT USAGE ON SCHEMA " + schema + " TO " + role,
                "GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA " + schema + " TO " + role,
                "GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA " + schema + " TO " + role,
                "REVOKE UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON AUDIT_LOG FROM " + role,
                "REVOKE DELETE, TRUNCATE, REFERENCES, TRIGGER ON AUDIT_CHAIN_HEAD FROM " + role,
                "REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON flyway_schema_history FROM " + role);
    }

    /** Applies {@link #statements} over the owner's connection for the application's role. */
    static void apply(Connection owner, String applicationRole) throws SQLException {
        String schema;
        String role;
        try (PreparedStatement q = owner.prepareStatement("SELECT quote_ident(current_schema()), quote_ident(?)")) {
            q.setString(1, applicationRole);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                schema = rs.getString(1);
                role = rs.getString(2);
            }
        }
        try (Statement s = owner.createStatement()) {
            for (String sql : statements(schema, role)) {
                s.execute(sql);
            }
        }
    }
}
