package com.fintune.batch.notice;

import com.fintune.notice.application.DailyNotices;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;

/** Reads the ids of the day's DENY predictions that have no notice; the checkpoint is the position in that list. */
@Named("deniedPredictionReader")
@Dependent
public class DeniedPredictionReader extends AbstractItemReader {

    @EJB
    DailyNotices notices;

    @Inject
    @BatchProperty(name = "date")
    String date;

    private List<Long> ids;
    private int next;

    @Override
    public void open(Serializable checkpoint) {
        ids = notices.deniedWithoutNotice(day(date));
        // the list shrinks as notices are written, so a restart simply begins again at its head
        next = 0;
    }

    @Override
    public Object readItem() {
        return next < ids.size() ? ids.get(next++) : null;
    }

    @Override
    public Serializable checkpointInfo() {
        return next;
    }

    static LocalDate day(String date) {
        if (date == null || date.isBlank()) {
            return LocalDate.now(ZoneOffset.UTC).minusDays(1);
        }
        try {
            return LocalDate.parse(date.trim());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("job parameter date must be a date such as 2025-03-14, was " + date);
        }
    }
}
