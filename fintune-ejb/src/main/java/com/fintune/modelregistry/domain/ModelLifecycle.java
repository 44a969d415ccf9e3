package com.fintune.modelregistry.domain;

import java.util.Optional;

/**
 * The registry's rules for moving a version: CANDIDATE → CHALLENGER or SHADOW → CHAMPION → RETIRED, CHALLENGER ⇄
 * SHADOW, anything but the champion may retire, and a retired version comes back only as champion and only if it
 * was champion before (a rollback). Refusals are sentences for the caller.
 */
public final class ModelLifecycle {

    private ModelLifecycle() {
    }

    /** The status {@code promote} moves to when no target is named, or empty when there is no next step. */
    public static Optional<ModelStatus> nextStep(ModelStatus from, boolean servedAsChampion) {
        return switch (from) {
            case CANDIDATE -> Optional.of(ModelStatus.CHALLENGER);
            case CHALLENGER, SHADOW -> Optional.of(ModelStatus.CHAMPION);
            case RETIRED -> servedAsChampion ? Optional.of(ModelStatus.CHAMPION) : Optional.empty();
            case CHAMPION -> Optional.empty();
        };
    }

    /** Why {@code version} may not be promoted from {@code from} to {@code to}, or empty when it may. */
    public static Optional<String> promotionRefusal(String version, ModelStatus from, ModelStatus to,
                                                    boolean servedAsChampion) {
        if (to == from) {
            return Optional.of(version + " is already " + from + ".");
        }
        if (to == ModelStatus.RETIRED) {
            return Optional.of("Retiring is not a promotion: use POST /api/v1/models/" + version + "/retire.");
        }
        if (to == ModelStatus.CANDIDATE) {
            return Optional.of("A version never goes back to CANDIDATE; " + version + " is " + from + ".");
        }
        return switch (from) {
            case CANDIDATE -> to == ModelStatus.CHAMPION
                    ? Optional.of(version + " is a CANDIDATE: it must serve as CHALLENGER or SHADOW before it may "
                            + "become CHAMPION.")
                    : Optional.empty();
            case CHALLENGER, SHADOW -> Optional.empty();
            case CHAMPION -> Optional.of(version + " is the CHAMPION; to move it, promote another version to "
                    + "CHAMPION (this one then retires).");
            case RETIRED -> to == ModelStatus.CHAMPION && servedAsChampion ? Optional.empty()
                    : Optional.of(version + " is RETIRED; a retired version comes back only as CHAMPION, and only "
                            + "if it was CHAMPION before (a rollback).");
        };
    }

    /** Why {@code version} may not retire from {@code from}, or empty when it may. */
    public static Optional<String> retirementRefusal(String version, ModelStatus from) {
        return switch (from) {
            case RETIRED -> Optional.of(version + " is already RETIRED.");
            case CHAMPION -> Optional.of(version + " is the CHAMPION and answers every request the routing does not "
                    + "send elsewhere; promote another version to CHAMPION first (this one then retires).");
            default -> Optional.empty();
        };
    }
}
