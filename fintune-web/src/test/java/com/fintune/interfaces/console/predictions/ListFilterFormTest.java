package com.fintune.interfaces.console.predictions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fintune.assessment.application.PredictionFilter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ListFilterFormTest {

    @Test
    void daysAreWholeUtcDaysAndTheExportQueryReadsBackTheSame() {
        ListFilterForm form = new ListFilterForm();
        form.setFrom(LocalDate.parse("2024-05-01"));
        form.setTo(LocalDate.parse("2024-05-31"));
        form.setDecision("DENY");
        form.setModelVersion("fintune-default@3f9c2a7b1d04");
        PredictionFilter filter = form.filter();
        assertEquals(Instant.parse("2024-05-01T00:00:00Z"), filter.from());
        assertEquals(Instant.parse("2024-06-01T00:00:00Z"), filter.to());
        String query = form.query();
        assertEquals("from=2024-05-01&to=2024-05-31&decision=DENY&modelVersion=fintune-default%403f9c2a7b1d04", query);
        Map<String, String> params = Map.of("from", "2024-05-01", "to", "2024-05-31", "decision", "DENY",
                "modelVersion", "fintune-default@3f9c2a7b1d04");
        assertEquals(filter, ListFilterForm.fromParameters(params::get).filter());
    }

    @Test
    void blanksAndUnreadableDatesKeepEverything() {
        ListFilterForm form = ListFilterForm.fromParameters(Map.of("from", "yesterday", "reason", " ")::get);
        assertEquals(PredictionFilter.none(), form.filter());
        assertNull(form.getFrom());
    }

    @Test
    void csvCellsAreQuotedAndFormulasDefused() {
        assertEquals("plain", PredictionsCsvServlet.cell("plain"));
        assertEquals("\"a,b\"", PredictionsCsvServlet.cell("a,b"));
        assertEquals("\"say \"\"hi\"\"\"", PredictionsCsvServlet.cell("say \"hi\""));
        assertEquals("'=SUM(A1)", PredictionsCsvServlet.cell("=SUM(A1)"));
        assertEquals("", PredictionsCsvServlet.cell(null));
    }
}
