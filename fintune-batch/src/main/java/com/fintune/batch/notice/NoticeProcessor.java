package com.fintune.batch.notice;

import com.fintune.notice.application.DailyNotices;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;

/** Writes one prediction's notice; passes on "id sha256" for the writer's log, or nothing if it has gone. */
@Named("noticeProcessor")
@Dependent
public class NoticeProcessor implements ItemProcessor {

    @EJB
    DailyNotices notices;

    @Override
    public Object processItem(Object item) {
        long id = (Long) item;
        String sha256 = notices.write(id);
        return sha256 == null ? null : id + " " + sha256;
    }
}
