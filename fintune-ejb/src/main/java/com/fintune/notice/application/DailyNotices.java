package com.fintune.notice.application;

import com.fintune.assessment.application.Viewer;
import com.fintune.notice.infrastructure.NoticeRepository;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The batch job's calls: which DENY predictions of a day (UTC) have no notice yet, and the notice of one of them
 * (each in its own transaction, through {@link NoticeService}, so a failure costs one notice, not the day).
 */
@Stateless
public class DailyNotices {

    public static final String BATCH_ACTOR = "batch:adverse-action-notices";

    @Inject
    NoticeRepository notices;
    @EJB
    NoticeService service;

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<Long> deniedWithoutNotice(LocalDate day) {
        return notices.predictionsWithoutNotice("DENY", day.atStartOfDay().toInstant(ZoneOffset.UTC),
                day.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC));
    }

    /** Writes the prediction's notice (or finds the stored one); returns its SHA-256, or null if it has gone. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public String write(long predictionId) {
        return service.notice(predictionId, new Viewer(BATCH_ACTOR, true), false, BATCH_ACTOR)
                .map(IssuedNotice::sha256).orElse(null);
    }
}
