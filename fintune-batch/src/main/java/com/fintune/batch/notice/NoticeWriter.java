package com.fintune.batch.notice;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.logging.Logger;

/** The notices are stored by the processor's service call; this logs them and keeps the count as exit status. */
@Named("noticeWriter")
@Dependent
public class NoticeWriter extends AbstractItemWriter {

    private static final Logger LOG = Logger.getLogger(NoticeWriter.class.getName());

    @Inject
    StepContext step;

    @Override
    public void writeItems(List<Object> items) {
        long total = (step.getPersistentUserData() == null ? 0L : (Long) step.getPersistentUserData()) + items.size();
        step.setPersistentUserData(total);
        step.setExitStatus("NOTICES=" + total);
        LOG.info(() -> "adverse-action notices written (prediction sha256): " + items);
    }
}
