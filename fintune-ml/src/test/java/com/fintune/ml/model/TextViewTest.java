package com.fintune.ml.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code fintune_text} in config.json: absent means the combined application text; written back as given. */
class TextViewTest {

    private static RobertaConfig config() {
        return RobertaConfig.ofShape(100, 8, 1, 2, 16, 34, List.of("A", "B"));
    }

    @Test
    void aConfigWithoutTheKeyReadsTheApplicationText() {
        assertEquals(TextView.APPLICATION, TextView.of(config()));
    }

    @Test
    void theNotesViewRoundTripsThroughConfigJson() throws Exception {
        RobertaConfig notes = TextView.NOTES.applyTo(config());
        assertEquals(TextView.NOTES, TextView.of(notes));
        String json = notes.toJson();
        assertTrue(json.contains("\"fintune_text\" : \"notes\""), json);
        assertEquals(TextView.NOTES, TextView.of(RobertaConfig.parse(new ObjectMapper().readTree(json))));
        assertEquals(TextView.APPLICATION, TextView.of(TextView.APPLICATION.applyTo(notes)));
    }

    @Test
    void anUnknownViewIsRefusedByName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TextView.parse("summary"));
        assertTrue(e.getMessage().contains("summary") && e.getMessage().contains("fintune_text"), e.getMessage());
    }
}
