package com.fintune.assessment.application;

import com.fintune.assessment.domain.ActivityRow;
import com.fintune.assessment.infrastructure.RiskAssessmentRepository;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Prediction volume and accuracy of the last days (the console's "Prediction volume &amp; accuracy" screen):
 * predictions per day by channel and decision, latency percentiles, and agreement of the model's decisions with
 * the final decisions recorded ({@link ActivityFigures} says exactly what is compared), as the {@link Viewer} may
 * see them.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class PredictionActivity {

    /** At most this many predictions are read for one report (the report says when it was cut). */
    static final int MAX_ROWS = 200_000;

    @Inject
    RiskAssessmentRepository repository;

    public ActivityFigures.Report lastDays(int days, Viewer viewer) {
        LocalDate today = LocalDate.now(Clock.systemUTC());
        var from = today.minusDays(days - 1L).atStartOfDay(ZoneOffset.UTC).toInstant();
        var to = today.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        List<ActivityRow> rows = repository.activity(from, to, viewer.onlySubmittedBy(), MAX_ROWS + 1);
        boolean truncated = rows.size() > MAX_ROWS;
        return ActivityFigures.of(truncated ? rows.subList(0, MAX_ROWS) : rows, today, days, truncated);
    }
}
