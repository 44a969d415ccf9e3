package com.fintune.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * On PostgreSQL the PostgreSQL-only migration makes AUDIT_LOG append-only: UPDATE and DELETE fail. Runs in the
 * PostgreSQL pass only, inside a transaction that is rolled back, so the log keeps no test row.
 */
class AuditLogAppendOnlyIT {

    static final String URL = System.getProperty("fintune.it.pgUrl", "jdbc:postgresql://127.0.0.1:5432/test");

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
}
