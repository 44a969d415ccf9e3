package com.fintune.assessment.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import org.eclipse.microprofile.config.ConfigProvider;

import java.time.LocalDate;
import java.util.logging.Logger;

/**
 * Scores the backlog every night: at {@code fintune.batch.nightly-hour} (server time, default 2) unless
 * {@code fintune.batch.nightly-enabled} is false. A missed night is not caught up; the next night takes all. Runs as
 * the server's batch identity ({@code batchrunner}): a timer has no caller, and batch security needs one.
 */
@Singleton
@Startup
@DeclareRoles("BATCH_RUNNER")
@RunAs("BATCH_RUNNER")
public class NightlyBacklog {

    private static final Logger LOG = Logger.getLogger(NightlyBacklog.class.getName());

    @Resource
    TimerService timers;

    @EJB
    PredictionJobs jobs;

    @PostConstruct
    void schedule() {
        var config = ConfigProvider.getConfig();
        boolean enabled = config.getOptionalValue("fintune.batch.nightly-enabled", Boolean.class).orElse(true);
        int hour = config.getOptionalValue("fintune.batch.nightly-hour", Integer.class).orElse(2);
        if (enabled) {
            timers.createCalendarTimer(new ScheduleExpression().hour(hour).minute(0),
                    new TimerConfig("nightly backlog", false));
            LOG.info(() -> "Nightly backlog scoring scheduled at " + hour + ":00");
        }
    }

    @Timeout
    void run() {
        long batchId = jobs.startBacklog("nightly-" + LocalDate.now());
        LOG.info(() -> "Nightly backlog scoring started as batch " + batchId);
    }
}
