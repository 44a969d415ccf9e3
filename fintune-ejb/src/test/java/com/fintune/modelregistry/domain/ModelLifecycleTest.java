package com.fintune.modelregistry.domain;

import static com.fintune.modelregistry.domain.ModelStatus.CANDIDATE;
import static com.fintune.modelregistry.domain.ModelStatus.CHALLENGER;
import static com.fintune.modelregistry.domain.ModelStatus.CHAMPION;
import static com.fintune.modelregistry.domain.ModelStatus.RETIRED;
import static com.fintune.modelregistry.domain.ModelStatus.SHADOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ModelLifecycleTest {

    private static boolean allowed(ModelStatus from, ModelStatus to, boolean wasChampion) {
        return ModelLifecycle.promotionRefusal("m@1", from, to, wasChampion).isEmpty();
    }

    @Test
    void theOrdinaryPathIsAllowed() {
        assertTrue(allowed(CANDIDATE, CHALLENGER, false));
        assertTrue(allowed(CANDIDATE, SHADOW, false));
        assertTrue(allowed(CHALLENGER, CHAMPION, false));
        assertTrue(allowed(SHADOW, CHAMPION, false));
        assertTrue(allowed(SHADOW, CHALLENGER, false));
        assertTrue(allowed(CHALLENGER, SHADOW, false));
    }

    @Test
    void shortcutsAndBackwardMovesAreRefusedInWords() {
        assertTrue(ModelLifecycle.promotionRefusal("m@1", CANDIDATE, CHAMPION, false).orElseThrow()
                .contains("must serve as CHALLENGER or SHADOW"));
        assertTrue(ModelLifecycle.promotionRefusal("m@1", CHALLENGER, CANDIDATE, false).isPresent());
        assertTrue(ModelLifecycle.promotionRefusal("m@1", CHAMPION, CHALLENGER, true).orElseThrow()
                .contains("promote another version"));
        assertTrue(ModelLifecycle.promotionRefusal("m@1", CHALLENGER, RETIRED, false).orElseThrow()
                .contains("/retire"));
        assertTrue(ModelLifecycle.promotionRefusal("m@1", CHALLENGER, CHALLENGER, false).orElseThrow()
                .contains("already"));
    }

    @Test
    void onlyAFormerChampionComesBackFromRetirementAndOnlyAsChampion() {
        assertTrue(allowed(RETIRED, CHAMPION, true));
        assertTrue(!allowed(RETIRED, CHAMPION, false));
        assertTrue(!allowed(RETIRED, CHALLENGER, true));
        assertEquals(Optional.of(CHAMPION), ModelLifecycle.nextStep(RETIRED, true));
        assertEquals(Optional.empty(), ModelLifecycle.nextStep(RETIRED, false));
    }

    @Test
    void nextStepsLeadToChampion() {
        assertEquals(Optional.of(CHALLENGER), ModelLifecycle.nextStep(CANDIDATE, false));
        assertEquals(Optional.of(CHAMPION), ModelLifecycle.nextStep(CHALLENGER, false));
        assertEquals(Optional.of(CHAMPION), ModelLifecycle.nextStep(SHADOW, false));
        assertEquals(Optional.empty(), ModelLifecycle.nextStep(CHAMPION, true));
    }

    @Test
    void theChampionAndRetiredVersionsCannotRetire() {
        assertTrue(ModelLifecycle.retirementRefusal("m@1", CHAMPION).orElseThrow().contains("promote another"));
        assertTrue(ModelLifecycle.retirementRefusal("m@1", RETIRED).orElseThrow().contains("already RETIRED"));
        assertTrue(ModelLifecycle.retirementRefusal("m@1", CANDIDATE).isEmpty());
        assertTrue(ModelLifecycle.retirementRefusal("m@1", SHADOW).isEmpty());
        assertTrue(ModelLifecycle.retirementRefusal("m@1", CHALLENGER).isEmpty());
    }
}
