package com.fintune.ml.data.generator;

import com.fintune.ml.data.Demographics;
import java.util.Locale;

/**
 * A known, injected fair-lending disparity: members of {@code group} whose application the policy would approve
 * are denied (reason OTHER_POLICY) with probability {@code rate}. Exists so that the fair-lending monitor can be
 * shown to detect a disparity of known size; off by default.
 */
public record Disparity(String group, double rate) {

    public Disparity {
        group = group.trim().toUpperCase(Locale.ROOT);
        if (!Demographics.isKnownGroup(group)) {
            throw new IllegalArgumentException("unknown demographic group '" + group
                    + "' (use e.g. BLACK, HISPANIC, FEMALE, AGE_65_74)");
        }
        if (!(rate > 0 && rate <= 1)) {
            throw new IllegalArgumentException("disparity rate must be in (0, 1], was " + rate);
        }
    }

    /** Parses "GROUP:RATE", e.g. "BLACK:0.15". */
    public static Disparity parse(String spec) {
        int colon = spec.lastIndexOf(':');
        if (colon <= 0 || colon == spec.length() - 1) {
            throw new IllegalArgumentException("disparity must look like GROUP:RATE, e.g. BLACK:0.15, was '" + spec + "'");
        }
        try {
            return new Disparity(spec.substring(0, colon), Double.parseDouble(spec.substring(colon + 1)));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("disparity rate is not a number in '" + spec + "'", e);
        }
    }
}
