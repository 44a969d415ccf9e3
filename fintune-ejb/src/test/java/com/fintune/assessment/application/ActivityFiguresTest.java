package com.fintune.assessment.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fintune.assessment.domain.ActivityRow;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ActivityFiguresTest {

    static final LocalDate TODAY = LocalDate.parse("2024-05-07");

    static ActivityRow row(String at, String channel, String decision, Integer ms, String reasons, String outcome) {
        return new ActivityRow(Instant.parse(at), channel, decision, ms, reasons, outcome);
    }

    @Test
    void daysCountChannelsDecisionsLatencyAndAgreement() {
        List<ActivityRow> rows = List.of(
                row("2024-05-07T01:00:00Z", "REST", "DENY", 100, "DTI", "DENY"),
                row("2024-05-07T02:00:00Z", "CONSOLE", "APPROVE", 200, "", "DENY"),
                row("2024-05-07T03:00:00Z", "REST", "REFER", 300, "DTI", "APPROVE"),
                row("2024-05-07T04:00:00Z", "BATCH", "DENY", 400, "DTI,CASH", "WITHDRAW"),
                row("2024-05-01T04:00:00Z", "SOAP", "DENY", 50, "CASH", null),
                row("2024-04-30T23:59:59Z", "SOAP", "DENY", 50, "CASH", null));
        ActivityFigures.Report report = ActivityFigures.of(rows, TODAY, 7, false);
        assertEquals(7, report.days().size());
        assertEquals(LocalDate.parse("2024-05-01"), report.days().get(0).day());
        ActivityFigures.Day today = report.days().get(6);
        assertEquals(4, today.total());
        assertEquals(2L, today.byChannel().get("REST"));
        assertEquals(2L, today.byDecision().get("DENY"));
        assertEquals(200, today.latencyP50Ms());
        assertEquals(400, today.latencyP95Ms());
        assertEquals(2, today.compared(), "REFER and WITHDRAW are left out");
        assertEquals(1, today.agreed());
        assertEquals(0.5, today.agreement());
        assertEquals(1, report.days().get(0).total(), "the day before the period is not counted in it");
        assertNull(report.days().get(1).agreement());
        List<ActivityFigures.LatencyBucket> latency = report.latency();
        assertEquals(1, latency.get(1).count(), "50 ms is in 50-100 (the row before the period is left out)");
        assertEquals(2, latency.get(2).count(), "100 and 200 ms are in 100-250");
        assertEquals(2, latency.get(3).count(), "300 and 400 ms are in 250-500");
        assertEquals(0, latency.get(4).count());
        assertNull(latency.get(latency.size() - 1).toMs());
    }

    @Test
    void reasonsSayHowOftenTheyEndedInADenial() {
        List<ActivityRow> rows = List.of(
                row("2024-05-07T01:00:00Z", "REST", "DENY", 1, "DTI", "DENY"),
                row("2024-05-07T02:00:00Z", "REST", "DENY", 1, "DTI,CASH", "APPROVE"),
                row("2024-05-07T03:00:00Z", "REST", "REFER", 1, "DTI", null));
        ActivityFigures.Reason dti = ActivityFigures.of(rows, TODAY, 7, false).reasons().get(0);
        assertEquals("DTI", dti.reason());
        assertEquals(3, dti.named());
        assertEquals(2, dti.withOutcome());
        assertEquals(0.5, dti.precision());
        assertEquals(1.0, dti.ofAllDenials());
    }
}
