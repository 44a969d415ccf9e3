package com.fintune.ml.eval.drift;

/**
 * PSI levels: below {@code watch} OK, from {@code watch} WATCH, from {@code act} ACT (defaults 0.1 and 0.25).
 */
public record DriftThresholds(double watch, double act) {

    public static final DriftThresholds DEFAULTS = new DriftThresholds(0.1, 0.25);

    /** The level of one column's drift. */
    public enum Level { OK, WATCH, ACT }

    public DriftThresholds {
        if (!(watch > 0) || !(act >= watch)) {
            throw new IllegalArgumentException("drift thresholds need 0 < watch <= act, were " + watch + " and " + act);
        }
    }

    public Level level(double psi) {
        return psi >= act ? Level.ACT : psi >= watch ? Level.WATCH : Level.OK;
    }
}
