package com.fintune.assessment.application;

import com.fintune.assessment.domain.PredictionListRow;
import com.fintune.assessment.domain.PredictionOutcome;
import com.fintune.assessment.domain.PredictionSummary;
import com.fintune.assessment.domain.RiskAssessment;
import com.fintune.assessment.infrastructure.RiskAssessmentRepositoryAccess;
import com.fintune.platform.database.DatabaseVendor;
import com.fintune.platform.database.MigrationPlan;
import jakarta.persistence.EntityManager;
import org.flywaydb.core.Flyway;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.Configuration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Stored predictions on an H2 migrated by the real scripts: answers kept whole, isolation, filters and paging. */
class StoredPredictionsOnH2Test {

    static final Instant T0 = Instant.parse("2024-05-01T00:00:00Z");
    static final Viewer ALICE = Viewer.of("integration", Set.of("INTEGRATION"));
    static final Viewer BOB = Viewer.of("integration2", Set.of("INTEGRATION"));
    static final Viewer AUDITOR = Viewer.of("auditor", Set.of("AUDITOR"));

    static SessionFactory factory;
    static EntityManager em;
    static StoredPredictions predictions;
    static long application;
    static String bigAnswer;
    static long aliceDeny;
    static long bobDeny;

    @BeforeAll
    static void storeSomePredictions() {
        String url = "jdbc:h2:mem:stored-predictions;DB_CLOSE_DELAY=-1";
        Flyway.configure().dataSource(url, "sa", "")
                .locations(MigrationPlan.forVendor(DatabaseVendor.H2).locations().toArray(String[]::new))
                .load().migrate();
        factory = new Configuration().setProperty("hibernate.connection.url", url)
                .setProperty("hibernate.connection.username", "sa").setProperty("hibernate.connection.password", "")
                .setProperty("hibernate.hbm2ddl.auto", "none").setProperty("hibernate.jdbc.time_zone", "UTC")
                .addAnnotatedClass(RiskAssessment.class).addAnnotatedClass(PredictionOutcome.class).buildSessionFactory();
        em = factory.createEntityManager();
        predictions = new StoredPredictions();
        predictions.repository = RiskAssessmentRepositoryAccess.over(em);
        em.getTransaction().begin();
        em.createNativeQuery("INSERT INTO CUSTOMERS (FULL_NAME, CREATED_AT) VALUES ('Test Customer', CURRENT_TIMESTAMP)")
                .executeUpdate();
        em.createNativeQuery("INSERT INTO APPLICATIONS (REFERENCE, CUSTOMER_ID, LOAN_AMOUNT, LOAN_PURPOSE, LOAN_TYPE, "
                + "LOAN_TERM_MONTHS, LIEN_STATUS, OCCUPANCY, STATUS, SUBMITTED_AT) SELECT 'APP-1', ID, 300000, "
                + "'PURCHASE', 'CONVENTIONAL', 360, 'FIRST', 'PRINCIPAL_RESIDENCE', 'RECEIVED', CURRENT_TIMESTAMP "
                + "FROM CUSTOMERS").executeUpdate();
        application = ((Number) em.createNativeQuery("SELECT ID FROM APPLICATIONS").getSingleResult()).longValue();
        bigAnswer = "{\"riskSummary\":\"" + "é — long answer ".repeat(7_000) + "\"}";
        store("integration", "APPROVE", 0, null, bigAnswer);
        aliceDeny = store("integration", "DENY", 1, application, "{\"a\":1}");
        store("integration", "REFER", 2, application, "{\"a\":2}");
        bobDeny = store("integration2", "DENY", 3, null, "{\"b\":1}");
        store("underwriter", "DENY", 4, application, "{\"u\":1}");
        em.getTransaction().commit();
        em.clear();
    }

    /** A prediction assessed {@code hours} after T0. */
    static long store(String by, String decision, int hours, Long applicationId, String json) {
        RiskAssessment r = new RiskAssessment("req-" + hours, "0".repeat(64), "[]", BigDecimal.valueOf(10 + hours),
                "tiny@000000000000", T0.plusSeconds(3600L * hours));
        r.concluded(decision.equals("APPROVE") ? "" : "DTI", decision);
        r.served("REST", by, 5);
        r.forApplication(applicationId);
        em.persist(r);
        em.flush();
        r.answered(json);
        return r.getId();
    }

    @AfterAll
    static void close() {
        em.close();
        factory.close();
    }

    @Test
    void theAnswerComesBackWholeAndUnchanged() {
        StoredPrediction p = predictions.list(PredictionQuery.all(), ALICE).items().stream()
                .filter(s -> "APPROVE".equals(s.decision())).findFirst()
                .flatMap(s -> predictions.find(s.predictionId(), ALICE)).orElseThrow();
        assertTrue(bigAnswer.length() > 100_000, "longer than any VARCHAR the schema uses");
        assertEquals(bigAnswer, p.answerJson());
        assertEquals("integration", p.submittedBy());
    }

    @Test
    void anIntegrationAccountFindsOnlyItsOwnPredictions() {
        assertTrue(predictions.find(aliceDeny, ALICE).isPresent());
        assertTrue(predictions.find(aliceDeny, BOB).isEmpty(), "another account's prediction is not there");
        assertTrue(predictions.find(bobDeny, ALICE).isEmpty());
        assertTrue(predictions.find(bobDeny, BOB).isPresent());
        assertTrue(predictions.find(aliceDeny, AUDITOR).isPresent() && predictions.find(bobDeny, AUDITOR).isPresent());
        assertTrue(predictions.find(987_654_321L, AUDITOR).isEmpty());
        assertEquals(3, predictions.list(PredictionQuery.all(), ALICE).total());
        assertEquals(List.of(bobDeny), ids(predictions.list(PredictionQuery.all(), BOB)));
        assertEquals(5, predictions.list(PredictionQuery.all(), AUDITOR).total());
    }

    @Test
    void filtersCombineAndTheWindowIsFromInclusiveToExclusive() {
        assertEquals(3, predictions.list(query(null, null, null, "DENY", 0, 20), AUDITOR).total());
        assertEquals(List.of(aliceDeny), ids(predictions.list(query(null, null, null, "DENY", 0, 20), ALICE)));
        assertEquals(3, predictions.list(query(application, null, null, null, 0, 20), AUDITOR).total());
        assertEquals(2, predictions.list(query(application, null, null, null, 0, 20), ALICE).total());
        PredictionPage window = predictions.list(query(null, T0.plusSeconds(3600), T0.plusSeconds(3 * 3600), null,
                0, 20), AUDITOR);
        assertEquals(2, window.total(), "hours 1 and 2; hour 3 is the exclusive end");
        assertEquals(0, predictions.list(query(987_654_321L, null, null, null, 0, 20), AUDITOR).total());
    }

    @Test
    void pagesAreNewestFirstWithTheTotalOnEveryPage() {
        PredictionPage first = predictions.list(query(null, null, null, null, 0, 2), AUDITOR);
        PredictionPage second = predictions.list(query(null, null, null, null, 1, 2), AUDITOR);
        PredictionPage third = predictions.list(query(null, null, null, null, 2, 2), AUDITOR);
        PredictionPage beyond = predictions.list(query(null, null, null, null, 9, 2), AUDITOR);
        assertEquals(List.of(5L, 5L, 5L, 5L), List.of(first.total(), second.total(), third.total(), beyond.total()));
        assertEquals(3, first.totalPages());
        assertEquals(List.of(2, 2, 1, 0), List.of(first.items().size(), second.items().size(),
                third.items().size(), beyond.items().size()));
        List<Instant> times = new java.util.ArrayList<>();
        for (PredictionPage p : List.of(first, second, third)) {
            p.items().forEach(s -> times.add(s.assessedAt()));
        }
        assertEquals(times.stream().sorted(java.util.Comparator.reverseOrder()).toList(), times);
        assertEquals(T0.plusSeconds(4 * 3600), times.get(0));
    }

    static PredictionQuery query(Long applicationId, Instant from, Instant to, String decision, int page, int size) {
        return new PredictionQuery(applicationId, from, to, decision, page, size);
    }

    static List<Long> ids(PredictionPage page) {
        return page.items().stream().map(PredictionSummary::predictionId).toList();
    }

    @Test
    void theConsoleListFiltersByReasonSubmitterModelAndFinalDecision() {
        em.getTransaction().begin();
        em.persist(new PredictionOutcome(aliceDeny, "DENY", "confirmed", "underwriter", T0.plusSeconds(99_999)));
        em.getTransaction().commit();
        em.clear();
        PredictionFilter dti = new PredictionFilter(null, null, null, "DTI", null, null, null);
        assertEquals(4, predictions.count(dti, AUDITOR));
        assertEquals(2, predictions.count(dti, ALICE), "an INTEGRATION account still sees only its own");
        assertEquals(0, predictions.count(new PredictionFilter(null, null, null, "DT", null, null, null), AUDITOR),
                "a reason matches whole names only");
        PredictionFilter askedByUnderwriter = new PredictionFilter(null, null, null, null, null, "underwriter", null);
        assertEquals(1, predictions.count(askedByUnderwriter, AUDITOR));
        assertEquals(0, predictions.count(askedByUnderwriter, ALICE));
        PredictionFilter denied = new PredictionFilter(null, null, null, null, "tiny@000000000000", null, "DENY");
        List<PredictionListRow> rows = predictions.rows(denied, 0, 10, AUDITOR);
        assertEquals(List.of(aliceDeny), rows.stream().map(PredictionListRow::predictionId).toList());
        assertEquals("DENY", rows.get(0).finalDecision());
        assertEquals(4, predictions.count(new PredictionFilter(null, null, null, null, null, null, "NONE"), AUDITOR));
        assertEquals(List.of("integration", "integration2", "underwriter"), predictions.submitters(AUDITOR));
        assertEquals(List.of("integration"), predictions.submitters(ALICE));
    }
}
