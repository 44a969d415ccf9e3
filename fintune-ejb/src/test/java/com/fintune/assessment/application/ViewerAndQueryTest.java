package com.fintune.assessment.application;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Who sees which stored predictions, and the guards of a query. */
class ViewerAndQueryTest {

    @Test
    void staffRolesSeeEveryPrediction() {
        for (String role : Set.of("UNDERWRITER", "AUDITOR", "ADMIN")) {
            assertNull(Viewer.of("someone", Set.of(role)).onlySubmittedBy(), role);
        }
        assertNull(Viewer.of("both", Set.of("INTEGRATION", "UNDERWRITER")).onlySubmittedBy(), "staff role wins");
    }

    @Test
    void anIntegrationAccountSeesOnlyItsOwn() {
        assertEquals("integration2", Viewer.of("integration2", Set.of("INTEGRATION")).onlySubmittedBy());
        assertEquals("nobody", Viewer.of("nobody", Set.of()).onlySubmittedBy(), "no role: nothing but its own");
        assertThrows(NullPointerException.class, () -> Viewer.of(null, Set.of("ADMIN")));
    }

    @Test
    void aQueryRefusesWhatTheInterfacesShouldHaveRejected() {
        Instant now = Instant.now();
        assertThrows(IllegalArgumentException.class, () -> new PredictionQuery(null, null, null, null, -1, 20));
        assertThrows(IllegalArgumentException.class, () -> new PredictionQuery(null, null, null, null, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new PredictionQuery(null, null, null, null, 0, 101));
        assertThrows(IllegalArgumentException.class, () -> new PredictionQuery(null, null, null, "MAYBE", 0, 20));
        assertThrows(IllegalArgumentException.class,
                () -> new PredictionQuery(null, now, now.minusSeconds(1), null, 0, 20));
        assertEquals(100 * PredictionQuery.MAX_PAGE,
                new PredictionQuery(null, now, now, "DENY", PredictionQuery.MAX_PAGE, 100).offset());
    }
}
