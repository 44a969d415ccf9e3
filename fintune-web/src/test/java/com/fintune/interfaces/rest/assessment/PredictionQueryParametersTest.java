package com.fintune.interfaces.rest.assessment;

import com.fintune.assessment.application.PredictionQuery;
import com.fintune.ml.data.FieldError;
import com.fintune.ml.data.ValidationException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The list's query string: defaults, date forms, and one 400 naming every bad parameter in our own words. */
class PredictionQueryParametersTest {

    private static Map<String, List<String>> params(String... pairs) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.computeIfAbsent(pairs[i], k -> new java.util.ArrayList<>()).add(pairs[i + 1]);
        }
        return map;
    }

    private static List<FieldError> errors(Map<String, List<String>> params) {
        return assertThrows(ValidationException.class, () -> PredictionQueryParameters.parse(params)).errors();
    }

    @Test
    void nothingGivenIsTheFirstPageOfEverything() {
        PredictionQuery q = PredictionQueryParameters.parse(Map.of());
        assertEquals(PredictionQuery.all(), q);
        assertEquals(PredictionQuery.all(), PredictionQueryParameters.parse(params("decision", "", "page", "")),
                "an empty value counts as not given");
    }

    @Test
    void readsEveryFilterAndADateMeansWholeDaysInUtc() {
        PredictionQuery q = PredictionQueryParameters.parse(params("applicationId", "42", "from", "2024-05-01",
                "to", "2024-05-31", "decision", "DENY", "page", "2", "size", "50"));
        assertEquals(new PredictionQuery(42L, Instant.parse("2024-05-01T00:00:00Z"),
                Instant.parse("2024-06-01T00:00:00Z"), "DENY", 2, 50), q);
    }

    @Test
    void readsDateTimesWithTheirOffsetEvenWhenThePlusWasNotEncoded() {
        PredictionQuery q = PredictionQueryParameters.parse(params("from", "2024-05-01T10:30:00+02:00",
                "to", "2024-05-01T10:30:00 02:00"));
        assertEquals(Instant.parse("2024-05-01T08:30:00Z"), q.from());
        assertEquals(q.from(), q.to());
        assertNull(q.decision());
    }

    @Test
    void namesEveryBadParameterAtOnceInOrder() {
        List<FieldError> errors = errors(params("applicationId", "x", "from", "yesterday", "to", "2024-13-01",
                "decision", "MAYBE", "page", "-1", "size", "1000", "colour", "red"));
        assertEquals(List.of("applicationId", "from", "to", "decision", "page", "size", "colour"),
                errors.stream().map(FieldError::field).toList());
        for (FieldError e : errors) {
            assertFalse(e.message().matches(".*(Exception|java\\.|\\bat [a-z]+\\.|Text '|could not be parsed).*"),
                    "no library wording: " + e);
        }
    }

    @Test
    void refusesRepeatedParametersBackwardWindowsAndOutOfRangeNumbers() {
        assertEquals(List.of("decision"), errors(params("decision", "DENY", "decision", "REFER")).stream()
                .map(FieldError::field).toList());
        assertEquals("must not be before from", errors(params("from", "2024-05-02", "to", "2024-05-01T00:00:00Z"))
                .get(0).message());
        for (String[] bad : new String[][] {{"applicationId", "0"}, {"applicationId", "99999999999999999999"},
                {"applicationId", "1.5"}, {"page", "100001"}, {"size", "0"}, {"size", "+5"}, {"from", "2024-02-30"},
                {"to", "2024-05-01T25:00:00Z"}, {"decision", "deny"}}) {
            assertEquals(List.of(bad[0]), errors(params(bad[0], bad[1])).stream().map(FieldError::field).toList(),
                    bad[0] + "=" + bad[1]);
        }
    }
}
