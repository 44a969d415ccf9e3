package com.fintune.ml.serving;

import com.fintune.ml.data.ApplicationFiles;
import com.fintune.ml.data.FieldError;
import com.fintune.ml.data.ValidationException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ApplicationJsonTest {

    private final ApplicationJson json = new ApplicationJson();

    private static String sample() throws Exception {
        return ApplicationFiles.json().writeValueAsString(SampleApplications.stretched());
    }

    private List<FieldError> errorsOf(String body) {
        return assertThrows(ValidationException.class, () -> json.read(body)).errors();
    }

    @Test
    void readsAnApplicationOrAStoredId() throws Exception {
        ApplicationJson.Request r = json.read(sample());
        assertEquals(SampleApplications.stretched(), r.application());
        assertNull(r.applicationId());
        assertEquals(42L, json.read("{\"applicationId\": 42}").applicationId());
    }

    @Test
    void namesTheFieldOfEveryMistake() throws Exception {
        assertEquals("body", errorsOf("{\"loanAmount\": ").get(0).field());
        assertEquals("body", errorsOf("[1,2]").get(0).field());
        FieldError type = errorsOf(sample().replace("\"creditScore\":700", "\"creditScore\":\"high\"")).get(0);
        assertEquals("creditScore", type.field());
        assertTrue(type.message().contains("whole number"), type.message());
        FieldError en = errorsOf(sample().replace("\"occupancy\":\"PRINCIPAL_RESIDENCE\"", "\"occupancy\":\"CASTLE\""))
                .get(0);
        assertEquals("occupancy", en.field());
        assertTrue(en.message().contains("INVESTMENT"), en.message());
        assertEquals("colour", errorsOf(sample().replace("{", "{\"colour\":\"red\",")).get(0).field());
        List<FieldError> range = errorsOf(sample().replace("\"dtiPercent\":47.2", "\"dtiPercent\":470.0")
                .replace("\"creditScore\":700", "\"creditScore\":10"));
        assertEquals(List.of("creditScore", "dtiPercent"), range.stream().map(FieldError::field).toList());
        assertEquals("applicationId", errorsOf("{\"applicationId\": -1}").get(0).field());
        String notes = "\"underwriterNotes\":\"" + "n".repeat(4001) + "\"";
        assertEquals("underwriterNotes", errorsOf(sample().replaceAll("\"underwriterNotes\":\"[^\"]*\"", notes))
                .get(0).field());
    }

    @Test
    void prefixesFieldsWithTheirPlaceInABatch() throws Exception {
        var node = ApplicationFiles.json().readTree(sample().replace("\"creditScore\":700", "\"creditScore\":1000"));
        ValidationException e = assertThrows(ValidationException.class, () -> json.read(node, "applications[3]."));
        assertEquals("applications[3].creditScore", e.errors().get(0).field());
    }
}
