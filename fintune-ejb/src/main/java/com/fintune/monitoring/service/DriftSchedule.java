package com.fintune.monitoring.service;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Starts the {@value #JOB} job every day at {@code fintune.drift.hour} (server time, default 3) unless
 * {@code fintune.drift.scheduled} is false; its audit entries name the actor {@code system}. A missed day is not
 * caught up (the window is days long, so the next check covers it).
 */
@Singleton
@Startup
public class DriftSchedule {

    public static final String JOB = "drift-check";
    private static final Logger LOG = Logger.getLogger(DriftSchedule.class.getName());

    @Resource
    TimerService timers;

    @PostConstruct
    void schedule() {
        var config = ConfigProvider.getConfig();
        boolean enabled = config.getOptionalValue("fintune.drift.scheduled", Boolean.class).orElse(true);
        int hour = config.getOptionalValue("fintune.drift.hour", Integer.class).orElse(3);
        if (enabled) {
            timers.createCalendarTimer(new ScheduleExpression().hour(hour).minute(0),
                    new TimerConfig("daily drift check", false));
            LOG.info(() -> "Daily drift check scheduled at " + hour + ":00");
        }
    }

    @Timeout
    void run() {
        Properties parameters = new Properties();
        parameters.setProperty("submittedBy", "system");
        try {
            long id = BatchRuntime.getJobOperator().start(JOB, parameters);
            LOG.info(() -> "Daily drift check started as job execution " + id);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The daily drift check could not be started", e);
        }
    }
}
