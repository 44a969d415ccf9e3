package com.fintune.ml.data.generator;

import com.fintune.ml.data.LabeledApplication;
import com.fintune.ml.taxonomy.ReasonCategory;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Per-application label noise: with probability {@code rate} an application gets one reason removed (if it has
 * any, half the time) or one reason added at random; the decision follows the new reasons. Models the everyday
 * inconsistency of human underwriters so the achievable F1 is known.
 */
final class LabelNoise {

    private final double rate;

    LabelNoise(double rate) {
        this.rate = rate;
    }

    Set<ReasonCategory> apply(Random r, Set<ReasonCategory> reasons) {
        if (r.nextDouble() >= rate) {
            return reasons;
        }
        Set<ReasonCategory> out = reasons.isEmpty() ? EnumSet.noneOf(ReasonCategory.class) : EnumSet.copyOf(reasons);
        boolean remove = !out.isEmpty() && (out.size() >= LabeledApplication.MAX_REASONS || r.nextBoolean());
        if (remove) {
            List<ReasonCategory> present = new ArrayList<>(out);
            out.remove(present.get(r.nextInt(present.size())));
        } else {
            List<ReasonCategory> absent = new ArrayList<>(EnumSet.complementOf(EnumSet.copyOf(
                    out.isEmpty() ? EnumSet.noneOf(ReasonCategory.class) : out)));
            out.add(absent.get(r.nextInt(absent.size())));
        }
        return out;
    }
}
