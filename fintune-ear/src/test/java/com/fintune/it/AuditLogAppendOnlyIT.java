package com.fintune.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * On PostgreSQL the PostgreSQL-only migrations make AUDIT_LOG append-only: UPDATE, DELETE and TRUNCATE fail, and the
 * chain head only moves forward one entry. Runs in the PostgreSQL pass only, inside transactions that are rolled
 * back, so the log keeps no test row. When the server's application runs as a role of its own (not the owner, see
 * fintune-ear's pom), that role can neither lift the triggers nor truncate.
 */
class AuditLogAppendOnlyIT {

    static final String URL = System.getProperty("fintune.it.dbUrl", "jdbc:postgresql://127.0.0.1:5432/test");
    static final String APP_USER = System.getProperty("fintune.it.appDbUser", "postgres");
    static final String APP_PASSWORD = System.getProperty("fintune.it.appDbPassword", "postgres");

    @BeforeAll
    static void onlyOnPostgresql() throws Exception {
        assumeTrue("postgresql".equals(System.getProperty("fintune.it.db")), "PostgreSQL pass only");
        FinTuneServer.awaitReady();
    }

    @Test
    void updateAndDeleteAreRefused() throws Exception {
        try (Connection db = DriverManager.getConnection(URL, "postgres", "postgres")) {
            db.setAutoCommit(false);
            try {
                long seq = Long.MAX_VALUE - 7;
                try (PreparedStatement insert = db.prepareStatement("INSERT INTO AUDIT_LOG (SEQ, ACTOR, ACTION,"
                        + " OCCURRED_AT, PREV_HASH, ENTRY_HASH) VALUES (?, 'it', 'TEST', ?, 'p', 'e-it-probe')")) {
                    insert.setLong(1, seq);
                    insert.setTimestamp(2, Timestamp.from(Instant.now()));
                    assertEquals(1, insert.executeUpdate());
                }
                try (Statement s = db.createStatement()) {
                    s.execute("SAVEPOINT probe");
                    SQLException update = assertThrows(SQLException.class,
                            () -> s.executeUpdate("UPDATE AUDIT_LOG SET ACTOR = 'mallory' WHERE SEQ = " + seq));
                    assertTrue(update.getMessage().contains("append-only"), update.getMessage());
                    s.execute("ROLLBACK TO SAVEPOINT probe");
                    SQLException delete = assertThrows(SQLException.class,
                            () -> s.executeUpdate("DELETE FROM AUDIT_LOG WHERE SEQ = " + seq));
                    assertTrue(delete.getMessage().contains("append-only"), delete.getMessage());
                }
            } finally {
                db.rollback();
            }
        }
    }

    /** Runs {@code sql} inside a savepoint and returns the error it must raise. */
    private static SQLException refused(Connection db, String sql) throws SQLException {
        try (Statement s = db.createStatement()) {
            s.execute("SAVEPOINT probe");
            SQLException e = assertThrows(SQLException.class, () -> s.execute(sql), sql);
            s.execute("ROLLBACK TO SAVEPOINT probe");
            return e;
        }
    }

    @Test
    void truncateAndMovingTheHeadAreRefused() throws Exception {
        try (Connection db = DriverManager.getConnection(URL, "postgres", "postgres")) {
            db.setAutoCommit(false);
            try {
                for (String sql : new String[] {"TRUNCATE AUDIT_LOG", "TRUNCATE AUDIT_CHAIN_HEAD",
                        "DELETE FROM AUDIT_CHAIN_HEAD", "UPDATE AUDIT_CHAIN_HEAD SET SEQ = SEQ - 1",
                        "UPDATE AUDIT_CHAIN_HEAD SET ENTRY_HASH = 'x'"}) {
                    SQLException e = refused(db, sql);
                    assertTrue(e.getMessage().contains("append-only"), sql + ": " + e.getMessage());
                }
            } finally {
                db.rollback();
            }
        }
    }

    @Test
    void theApplicationsOwnRoleCannotLiftTheTriggers() throws Exception {
        assumeTrue(!"postgres".equals(APP_USER), "the application runs as a role of its own"
                + " (-Dfintune.it.app.db.user=...)");
        try (Connection db = DriverManager.getConnection(URL, APP_USER, APP_PASSWORD)) {
            db.setAutoCommit(false);
            try {
                for (String sql : new String[] {"ALTER TABLE AUDIT_LOG DISABLE TRIGGER audit_log_append_only",
                        "ALTER TABLE AUDIT_LOG DISABLE TRIGGER USER", "TRUNCATE AUDIT_LOG",
                        "DELETE FROM AUDIT_LOG WHERE SEQ = 1", "UPDATE AUDIT_LOG SET ACTOR = 'mallory' WHERE SEQ = 1",
                        "DELETE FROM AUDIT_CHAIN_HEAD", "DROP TABLE AUDIT_LOG"}) {
                    SQLException e = refused(db, sql);
                    String message = e.getMessage().toLowerCase(Locale.ROOT);
                    assertNotNull(message);
                    assertTrue(message.contains("must be owner") || message.contains("permission denied"),
                            sql + ": " + e.getMessage());
                }
            } finally {
                db.rollback();
            }
        }
    }
}
