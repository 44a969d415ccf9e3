package com.fintune.interfaces.console;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fintune.assessment.application.ActivityFigures;
import com.fintune.assessment.domain.ActivityRow;
import com.fintune.interfaces.console.volume.VolumeChart;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class VolumeChartTest {

    @Test
    void sevenDaysStackedByDecisionInWords() throws Exception {
        ActivityFigures.Report report = ActivityFigures.of(List.of(new ActivityRow(
                Instant.parse("2024-05-07T10:00:00Z"), "REST", "DENY", 10, "DTI", null)),
                LocalDate.parse("2024-05-07"), 7, false);
        JsonNode chart = new ObjectMapper().readTree(VolumeChart.json(report));
        assertEquals(7, chart.path("data").path("labels").size());
        assertEquals("Tue 7 May", chart.path("data").path("labels").get(6).asText());
        assertEquals("Deny", chart.path("data").path("datasets").get(2).path("label").asText());
        assertEquals(1, chart.path("data").path("datasets").get(2).path("data").get(6).asInt());
        assertEquals(true, chart.path("options").path("scales").path("y").path("stacked").asBoolean());
    }
}
