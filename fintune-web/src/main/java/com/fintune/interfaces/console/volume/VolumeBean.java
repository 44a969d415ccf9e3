package com.fintune.interfaces.console.volume;

import com.fintune.assessment.application.ActivityFigures;
import com.fintune.assessment.application.PredictionActivity;
import com.fintune.interfaces.console.ConsoleUser;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import java.util.List;

/** The Prediction volume &amp; accuracy screen: the last seven UTC days, read once per request. */
@Named("volume")
@RequestScoped
public class VolumeBean {

    static final int DAYS = 7;

    @EJB
    PredictionActivity activity;

    private ActivityFigures.Report report;

    @PostConstruct
    void load() {
        report = activity.lastDays(DAYS, ConsoleUser.viewer());
    }

    public ActivityFigures.Report getReport() {
        return report;
    }

    public String getChart() {
        return VolumeChart.json(report);
    }

    public List<String> getChannels() {
        return List.of("REST", "SOAP", "CONSOLE", "BATCH");
    }
}
