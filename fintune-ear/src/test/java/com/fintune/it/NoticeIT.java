package com.fintune.it;

import static com.fintune.it.PredictionCalls.application;
import static com.fintune.it.PredictionCalls.json;
import static com.fintune.it.PredictionCalls.post;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fintune.it.FinTuneServer.Account;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The adverse-action notice over HTTP: a denied prediction's notice is a PDF stating the answer's reasons in
 * Regulation B's words, the same bytes on every request, invisible to another INTEGRATION account; retention
 * removes a notice older than 25 months and audits it.
 */
class NoticeIT {

    @BeforeAll
    static void ready() throws Exception {
        FinTuneServer.awaitReady();
    }

    /** DTI 58 %, collections, late payments, unverified income: every program denies it. */
    private static JsonNode deny(Account account) throws Exception {
        var a = application("notice " + UUID.randomUUID()).put("dtiPercent", 58.0).put("collectionsCount", 4)
                .put("latePayments24m", 6).put("creditScore", 560).put("incomeVerified", false);
        var r = post("/api/v1/predict", a.toString(), account);
        assertEquals(200, r.statusCode(), r.body());
        JsonNode answer = json(r);
        assertEquals("DENY", answer.path("decision").asText(), r.body());
        return answer;
    }

    private static HttpResponse<byte[]> notice(long id, Account account) throws Exception {
        return FinTuneServer.CLIENT.send(FinTuneServer.request("/api/v1/predictions/" + id + "/notice")
                .header("Authorization", account.basic()).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    @Test
    void aDeniedPredictionHasItsNoticeAsPdfTheSameEveryTime() throws Exception {
        JsonNode answer = deny(Account.INTEGRATION);
        long id = answer.path("predictionId").asLong();
        JsonNode stored = json(FinTuneServer.get("/api/v1/predictions/" + id, Account.INTEGRATION));
        assertEquals("/api/v1/predictions/" + id + "/notice", stored.path("links").path("notice").asText(),
                stored.toString());

        var first = notice(id, Account.INTEGRATION);
        assertEquals(200, first.statusCode(), new String(first.body()));
        assertEquals("application/pdf", first.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        assertEquals("%PDF-", new String(first.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII));
        String text = text(first.body());
        for (JsonNode reason : answer.path("reasons")) {
            assertTrue(text.contains(reason.path("noticeText").asText().replaceAll("\\s+", " ")),
                    () -> "missing " + reason + " in " + text);
        }
        assertTrue(text.contains("Equal Credit Opportunity Act"), text);
        // the score the model read, and the explanation's ranking and key factors
        assertTrue(text.contains("560"), "the credit score block states the score used: " + text);
        JsonNode explanation = json(FinTuneServer.get("/api/v1/predictions/" + id + "/explanation",
                Account.INTEGRATION));
        int previous = -1;
        for (JsonNode reason : explanation.path("principalReasons")) {
            int at = text.indexOf(reason.path("noticeText").asText().replaceAll("\\s+", " "));
            assertTrue(at > previous, "reasons in the order of their contribution: " + text);
            previous = at;
        }
        for (JsonNode factor : explanation.path("keyFactors")) {
            assertTrue(text.contains(factor.path("label").asText()), "key factor " + factor + " in " + text);
        }

        var again = notice(id, Account.UNDERWRITER);
        assertEquals(200, again.statusCode());
        assertArrayEquals(first.body(), again.body(), "the stored notice, not a new one");
    }

    @Test
    void anotherIntegrationAccountCannotReadTheNotice() throws Exception {
        long id = deny(Account.INTEGRATION).path("predictionId").asLong();
        var r = notice(id, Account.INTEGRATION2);
        assertEquals(404, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertFalse(new String(r.body()).contains("Exception"));
    }

    @Test
    void badIdsAndUnknownPredictionsAreProblems() throws Exception {
        assertEquals(400, notice(0, Account.AUDITOR).statusCode());
        var unknown = notice(999_999_999_999L, Account.AUDITOR);
        assertEquals(404, unknown.statusCode());
        assertTrue(new String(unknown.body()).contains("No prediction 999999999999."));
    }

    @Test
    void retentionRemovesANoticeOlderThan25MonthsAndAuditsIt() throws Exception {
        long keptId = deny(Account.UNDERWRITER).path("predictionId").asLong();
        assertEquals(200, notice(keptId, Account.UNDERWRITER).statusCode());
        String sha = UUID.randomUUID().toString().replace("-", "") + UUID.randomUUID().toString().replace("-", "");
        long oldId;
        try (Connection db = DriverManager.getConnection(AuditAnchorIT.DB_URL, AuditAnchorIT.DB_USER,
                AuditAnchorIT.DB_PASSWORD);
             PreparedStatement insert = db.prepareStatement("INSERT INTO DOCUMENTS_REGISTRY (DOCUMENT_TYPE, FILE_NAME,"
                     + " CONTENT_SHA256, VERIFIED, RECEIVED_AT, CREATED_AT, CONTENT, CONTENT_TYPE) VALUES "
                     + "('ADVERSE_ACTION_NOTICE', 'old.pdf', ?, TRUE, ?, ?, ?, 'application/pdf')",
                     Statement.RETURN_GENERATED_KEYS)) {
            OffsetDateTime old = OffsetDateTime.now(ZoneOffset.UTC).minusMonths(26);
            insert.setString(1, sha);
            insert.setObject(2, old);
            insert.setObject(3, old);
            insert.setBytes(4, "%PDF-old".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                assertTrue(keys.next());
                oldId = keys.getLong(1);
            }
        }
        var run = post("/api/v1/notices/retention", "", Account.ADMIN);
        assertEquals(200, run.statusCode(), run.body());
        JsonNode outcome = json(run);
        assertEquals(25, outcome.path("months").asInt());
        boolean listed = false;
        for (JsonNode r : outcome.path("removed")) {
            listed |= r.path("documentId").asLong() == oldId && sha.equals(r.path("sha256").asText());
        }
        assertTrue(listed, run.body());
        try (Connection db = DriverManager.getConnection(AuditAnchorIT.DB_URL, AuditAnchorIT.DB_USER,
                AuditAnchorIT.DB_PASSWORD); Statement s = db.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM DOCUMENTS_REGISTRY WHERE ID = " + oldId)) {
                rs.next();
                assertEquals(0, rs.getInt(1), "the old notice is gone");
            }
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM DOCUMENTS_REGISTRY WHERE RISK_ASSESSMENT_ID = "
                    + keptId)) {
                rs.next();
                assertEquals(1, rs.getInt(1), "a fresh notice stays");
            }
            try (ResultSet rs = s.executeQuery("SELECT SUBJECT, ACTOR, OUTPUT_HASH FROM AUDIT_LOG WHERE ACTION = "
                    + "'NOTICE_RETENTION' ORDER BY SEQ DESC")) {
                assertTrue(rs.next(), "the retention run is audited");
                assertTrue(rs.getString(1).contains(String.valueOf(oldId)), rs.getString(1));
                assertEquals("admin", rs.getString(2));
                assertEquals(outcome.path("manifestSha256").asText(), rs.getString(3));
            }
        }
        assertEquals(403, post("/api/v1/notices/retention", "", Account.AUDITOR).statusCode());
    }
}
