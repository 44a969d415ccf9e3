package com.fintune.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fintune.it.FinTuneServer.Account;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.UUID;

import static com.fintune.it.PredictionCalls.application;
import static com.fintune.it.PredictionCalls.json;
import static com.fintune.it.PredictionCalls.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every prediction is audited in a hash chain that GET /api/v1/audit/verify checks. The test tampers with a row
 * directly in the server's database over JDBC (the only way to change it: the application has no update path) and
 * sees the broken link named, then puts the row back.
 */
class AuditChainIT {

    static final String DB_URL = System.getProperty("fintune.it.dbUrl");
    static final String DB_USER = System.getProperty("fintune.it.dbUser", "fintune");
    static final String DB_PASSWORD = System.getProperty("fintune.it.dbPassword", "fintune");

    @BeforeAll
    static void ready() throws Exception {
        FinTuneServer.awaitReady();
    }

    private static JsonNode verify(Account account) throws Exception {
        var r = FinTuneServer.get("/api/v1/audit/verify", account);
        assertEquals(200, r.statusCode(), r.body());
        return json(r);
    }

    @Test
    void predictionsAreChainedAndOnlyAdminsAndAuditorsVerify() throws Exception {
        long before = verify(Account.AUDITOR).path("entriesVerified").asLong();
        assertEquals(200, post("/api/v1/predict", application("audit " + UUID.randomUUID()).toString(),
                Account.UNDERWRITER).statusCode());
        JsonNode result = verify(Account.ADMIN);
        assertTrue(result.path("intact").asBoolean(), result.toString());
        assertTrue(result.path("entriesVerified").asLong() >= before + 1, result.toString());
        assertEquals(64, result.path("headHash").asText().length());
        assertEquals(403, FinTuneServer.get("/api/v1/audit/verify", Account.UNDERWRITER).statusCode());
        assertEquals(401, FinTuneServer.get("/api/v1/audit/verify").statusCode());
    }

    @Test
    void aTamperedRowIsNamed() throws Exception {
        assertTrue(DB_URL != null, "fintune.it.dbUrl must name the IT server's database");
        assertEquals(200, post("/api/v1/predict", application("tamper " + UUID.randomUUID()).toString(),
                Account.UNDERWRITER).statusCode());
        try (Connection db = DriverManager.getConnection(DB_URL, DB_USER, DB_PASSWORD)) {
            boolean postgres = db.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
            long seq;
            String actor;
            try (Statement s = db.createStatement();
                 ResultSet rs = s.executeQuery("SELECT SEQ, ACTOR FROM AUDIT_LOG ORDER BY SEQ DESC")) {
                assertTrue(rs.next(), "the audit log is empty");
                seq = rs.getLong(1);
                actor = rs.getString(2);
            }
            setActor(db, postgres, seq, "mallory");
            try {
                JsonNode broken = verify(Account.AUDITOR);
                assertFalse(broken.path("intact").asBoolean(), broken.toString());
                assertEquals(seq, broken.path("firstBrokenSequence").asLong(), broken.toString());
                assertTrue(broken.path("reason").asText().contains("altered"), broken.toString());
            } finally {
                setActor(db, postgres, seq, actor);
            }
        }
        assertTrue(verify(Account.AUDITOR).path("intact").asBoolean(), "restoring the row mends the chain");
    }

    /** On PostgreSQL the append-only trigger must be lifted first, which only the table's owner or a superuser can do. */
    private static void setActor(Connection db, boolean postgres, long seq, String actor) throws Exception {
        try (Statement s = db.createStatement()) {
            if (postgres) {
                s.execute("ALTER TABLE AUDIT_LOG DISABLE TRIGGER audit_log_append_only");
            }
            try (PreparedStatement p = db.prepareStatement("UPDATE AUDIT_LOG SET ACTOR = ? WHERE SEQ = ?")) {
                p.setString(1, actor);
                p.setLong(2, seq);
                assertEquals(1, p.executeUpdate());
            } finally {
                if (postgres) {
                    s.execute("ALTER TABLE AUDIT_LOG ENABLE TRIGGER audit_log_append_only");
                }
            }
        }
    }
}
