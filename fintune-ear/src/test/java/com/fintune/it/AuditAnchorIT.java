package com.fintune.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fintune.audit.chain.AuditChain;
import com.fintune.audit.chain.AuditEvent;
import com.fintune.it.FinTuneServer.Account;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static com.fintune.it.PredictionCalls.application;
import static com.fintune.it.PredictionCalls.json;
import static com.fintune.it.PredictionCalls.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The signed checkpoint catches what the database alone cannot: an attacker with write access to the database
 * deletes the newest audit entries, edits one, recomputes every hash after it and moves the chain head back, so the
 * chain is self-consistent. The test does exactly that over JDBC after forcing a checkpoint, sees verification
 * report it (also after padding the chain past the checkpoint with forged entries), and then puts every row back.
 */
class AuditAnchorIT {

    static final String DB_URL = System.getProperty("fintune.it.dbUrl");
    static final String DB_USER = System.getProperty("fintune.it.dbUser", "fintune");
    static final String DB_PASSWORD = System.getProperty("fintune.it.dbPassword", "fintune");
    static final String COLUMNS = "SEQ, ACTOR, ACTION, OCCURRED_AT, SUBJECT, REQUEST_ID, MODEL_VERSION, INPUT_HASH,"
            + " OUTPUT_HASH, PREV_HASH, ENTRY_HASH";

    /** One AUDIT_LOG row as stored. */
    record Row(long seq, AuditEvent event, String prevHash, String entryHash) {
    }

    @BeforeAll
    static void ready() throws Exception {
        FinTuneServer.awaitReady();
    }

    private static JsonNode verify(String mode) throws Exception {
        var r = FinTuneServer.get("/api/v1/audit/verify?mode=" + mode, Account.AUDITOR);
        assertEquals(200, r.statusCode(), r.body());
        return json(r);
    }

    private static void predict(String notes) throws Exception {
        assertEquals(200, post("/api/v1/predict", application(notes + " " + UUID.randomUUID()).toString(),
                Account.UNDERWRITER).statusCode());
    }

    @Test
    void aRewrittenAndShortenedChainIsCaughtByTheSignedCheckpoint() throws Exception {
        assertTrue(DB_URL != null, "fintune.it.dbUrl must name the IT server's database");
        for (int i = 0; i < 3; i++) {
            predict("anchor");
        }
        var forced = post("/api/v1/audit/checkpoints", "", Account.AUDITOR);
        assertEquals(201, forced.statusCode(), forced.body());
        JsonNode checkpoint = json(forced).path("checkpoint");
        long anchored = checkpoint.path("sequence").asLong();
        assertTrue(anchored >= 3, forced.body());
        assertEquals(64, checkpoint.path("mac").asText().length(), forced.body());
        List<String> lines = Files.readAllLines(Path.of(json(forced).path("file").asText()));
        assertTrue(lines.get(lines.size() - 1).contains(checkpoint.path("mac").asText()),
                "the checkpoint is the file's last line");
        assertEquals(403, post("/api/v1/audit/checkpoints", "", Account.UNDERWRITER).statusCode());

        JsonNode good = verify("incremental");
        assertTrue(good.path("intact").asBoolean(), good.toString());
        assertEquals(anchored, good.path("checkpoint").path("sequence").asLong(), good.toString());
        assertTrue(good.path("entriesRecomputed").asLong() <= good.path("headSequence").asLong() - anchored + 1,
                "incremental starts at the checkpoint: " + good);
        assertTrue(verify("full").path("intact").asBoolean());
        assertEquals(400, FinTuneServer.get("/api/v1/audit/verify?mode=sometimes", Account.AUDITOR).statusCode());

        try (Connection db = DriverManager.getConnection(DB_URL, DB_USER, DB_PASSWORD)) {
            boolean postgres = db.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
            db.setAutoCommit(false);
            long head = lockHead(db);
            List<Row> original = rowsFrom(db, head - 2);
            assertEquals(3, original.size());
            // in the same transaction, with the head still locked: keep entries up to head-2, edit that one,
            // recompute its hash, move the head back to it
            List<Row> shortenedChain = forgedFrom(original.subList(0, 1));
            rewrite(db, postgres, head, shortenedChain);
            long forgedHead = head - 2;
            try {
                JsonNode shortened = verify("incremental");
                assertFalse(shortened.path("intact").asBoolean(), shortened.toString());
                assertTrue(shortened.path("reason").asText().contains("removed from the end"), shortened.toString());
                assertFalse(verify("full").path("intact").asBoolean());
                var refused = post("/api/v1/audit/checkpoints", "", Account.ADMIN);
                assertEquals(409, refused.statusCode(), "no checkpoint for a broken chain: " + refused.body());

                // pad the forged chain past the checkpoint so the head is no longer behind it
                List<Row> padded = new ArrayList<>(original);
                padded.add(original.get(original.size() - 1));
                List<Row> paddedChain = forgedFrom(padded);
                rewrite(db, postgres, forgedHead, paddedChain);
                forgedHead = paddedChain.get(paddedChain.size() - 1).seq();
                JsonNode rewritten = verify("incremental");
                assertFalse(rewritten.path("intact").asBoolean(), rewritten.toString());
                assertEquals(anchored, rewritten.path("firstBrokenSequence").asLong(), rewritten.toString());
                assertTrue(rewritten.path("reason").asText().contains("signed checkpoint"), rewritten.toString());
            } finally {
                rewrite(db, postgres, forgedHead, original);
            }
        }
        JsonNode restored = verify("full");
        assertTrue(restored.path("intact").asBoolean(), "putting the rows back mends the chain: " + restored);
    }

    /** Locks the chain head as AuditTrail does (appends wait) and returns its sequence. */
    private static long lockHead(Connection db) throws Exception {
        try (Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("SELECT SEQ FROM AUDIT_CHAIN_HEAD WHERE ID = 1 FOR UPDATE")) {
            assertTrue(rs.next());
            return rs.getLong(1);
        }
    }

    private static List<Row> rowsFrom(Connection db, long from) throws Exception {
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement p = db.prepareStatement("SELECT " + COLUMNS + " FROM AUDIT_LOG WHERE SEQ >= ?"
                + " ORDER BY SEQ")) {
            p.setLong(1, from);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    AuditEvent e = new AuditEvent(rs.getObject(4, OffsetDateTime.class).toInstant(), rs.getString(2),
                            rs.getString(3), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                            rs.getString(9));
                    rows.add(new Row(rs.getLong(1), e, rs.getString(10), rs.getString(11)));
                }
            }
        }
        return rows;
    }

    /** The rows re-numbered from the first one's sequence, the first one's actor changed, every hash recomputed. */
    private static List<Row> forgedFrom(List<Row> rows) {
        List<Row> forged = new ArrayList<>();
        String previous = rows.get(0).prevHash();
        long seq = rows.get(0).seq();
        for (Row r : rows) {
            AuditEvent e = r.event();
            if (forged.isEmpty()) {
                e = new AuditEvent(e.occurredAt(), "mallory", e.action(), e.subject(), e.requestId(),
                        e.modelVersion(), e.inputHash(), e.outputHash());
            }
            String hash = AuditChain.hash(seq, e, previous);
            forged.add(new Row(seq, e, previous, hash));
            previous = hash;
            seq++;
        }
        return forged;
    }

    /**
     * Replaces every AUDIT_LOG row from the first of {@code rows} on with {@code rows}, points the head at the last
     * and commits; the head must still be {@code expectedHead} (no prediction appended in between).
     */
    private static void rewrite(Connection db, boolean postgres, long expectedHead, List<Row> rows)
            throws Exception {
        long from = rows.get(0).seq();
        try (Statement s = db.createStatement()) {
            assertEquals(expectedHead, lockHead(db), "an entry was appended while the test tampered with the log");
            if (postgres) {
                // the append-only triggers must be lifted: only the tables' owner or a superuser can
                s.execute("ALTER TABLE AUDIT_LOG DISABLE TRIGGER USER");
                s.execute("ALTER TABLE AUDIT_CHAIN_HEAD DISABLE TRIGGER USER");
            }
            try (PreparedStatement delete = db.prepareStatement("DELETE FROM AUDIT_LOG WHERE SEQ >= ?")) {
                delete.setLong(1, from);
                delete.executeUpdate();
            }
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO AUDIT_LOG (" + COLUMNS
                    + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (Row r : rows) {
                    AuditEvent e = r.event();
                    insert.setLong(1, r.seq());
                    insert.setString(2, e.actor());
                    insert.setString(3, e.action());
                    insert.setObject(4, e.occurredAt().atOffset(ZoneOffset.UTC));
                    insert.setString(5, e.subject());
                    insert.setString(6, e.requestId());
                    insert.setString(7, e.modelVersion());
                    insert.setString(8, e.inputHash());
                    insert.setString(9, e.outputHash());
                    insert.setString(10, r.prevHash());
                    insert.setString(11, r.entryHash());
                    insert.executeUpdate();
                }
            }
            Row last = rows.get(rows.size() - 1);
            try (PreparedStatement head = db.prepareStatement(
                    "UPDATE AUDIT_CHAIN_HEAD SET SEQ = ?, ENTRY_HASH = ? WHERE ID = 1")) {
                head.setLong(1, last.seq());
                head.setString(2, last.entryHash());
                assertEquals(1, head.executeUpdate());
            }
            if (postgres) {
                s.execute("ALTER TABLE AUDIT_LOG ENABLE TRIGGER USER");
                s.execute("ALTER TABLE AUDIT_CHAIN_HEAD ENABLE TRIGGER USER");
            }
            db.commit();
        } catch (Exception | AssertionError e) {
            db.rollback();
            throw e;
        }
    }
}
