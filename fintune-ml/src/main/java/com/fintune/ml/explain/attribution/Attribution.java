package com.fintune.ml.explain.attribution;

import java.util.Comparator;
import java.util.List;

/**
 * The Shapley decomposition of one model output: {@code base} is the output for the reference applicant,
 * {@code value} for the application, and the contributions (one per group, in {@link FeatureGroup} order) add up to
 * {@code value − base}; {@code residual} is what rounding left of that sum (|residual| is about 1e-15).
 */
public record Attribution(double base, double value, List<Contribution> contributions, double residual) {

    public Attribution {
        contributions = List.copyOf(contributions);
    }

    static Attribution of(double[] coalitionValues, int players) {
        double[] phi = ShapleyValues.of(players, coalitionValues);
        FeatureGroup[] groups = FeatureGroup.values();
        List<Contribution> list = new java.util.ArrayList<>(players);
        double sum = 0;
        for (int i = 0; i < players; i++) {
            list.add(new Contribution(groups[i], phi[i]));
            sum += phi[i];
        }
        double base = coalitionValues[0];
        double value = coalitionValues[coalitionValues.length - 1];
        return new Attribution(base, value, list, sum - (value - base));
    }

    /** value − base: the whole effect the contributions share. */
    public double total() {
        return value - base;
    }

    /** The contribution of {@code group}. */
    public double of(FeatureGroup group) {
        return contributions.get(group.ordinal()).value();
    }

    /** The groups by contribution, largest increase first. */
    public List<Contribution> largestFirst() {
        return contributions.stream().sorted(Comparator.comparingDouble(Contribution::value).reversed()
                .thenComparing(c -> c.group().ordinal())).toList();
    }
}
