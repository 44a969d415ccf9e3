package com.fintune.ml.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Fair-lending monitor: for each protected dimension, the adverse impact ratio of approval rates and the
 * standardized mean difference of risk scores of every group against the control group. Protected characteristics
 * are only read here, after prediction; the model never sees them.
 */
public record FairLending(List<GroupFairness> groups, double minimumAdverseImpactRatio) {

    /**
     * @param approved    per applicant: would the model approve
     * @param risk        per applicant: predicted risk score
     * @param dimensions  dimension name to per-applicant group label (null = not reported, left out)
     * @param controls    dimension name to its control group; a dimension without one uses its largest group
     */
    public static FairLending compute(boolean[] approved, double[] risk, Map<String, String[]> dimensions,
                                      Map<String, String> controls) {
        Arrays2.requireSameLength("risk", approved.length, risk.length);
        List<GroupFairness> rows = new ArrayList<>();
        double minAir = Double.POSITIVE_INFINITY;
        for (Map.Entry<String, String[]> dimension : dimensions.entrySet()) {
            String[] labels = dimension.getValue();
            Arrays2.requireSameLength("group labels of " + dimension.getKey(), approved.length, labels.length);
            Map<String, GroupStats> stats = collect(labels, approved, risk);
            String control = controls.getOrDefault(dimension.getKey(), largest(stats));
            GroupStats c = stats.get(control);
            if (c == null) {
                throw new IllegalArgumentException("control group '" + control + "' of " + dimension.getKey()
                        + " has no applicants");
            }
            for (Map.Entry<String, GroupStats> e : stats.entrySet()) {
                GroupStats g = e.getValue();
                double air = c.approvalRate() == 0 ? Double.NaN : g.approvalRate() / c.approvalRate();
                double pooled = Math.sqrt((g.riskVariance() + c.riskVariance()) / 2);
                double smd = pooled == 0 ? 0 : (g.meanRisk() - c.meanRisk()) / pooled;
                rows.add(new GroupFairness(dimension.getKey(), e.getKey(), control, g.count, g.approvalRate(), air,
                        g.meanRisk(), smd));
                if (!Double.isNaN(air)) minAir = Math.min(minAir, air);
            }
        }
        return new FairLending(List.copyOf(rows), rows.isEmpty() ? Double.NaN : minAir);
    }

    private static Map<String, GroupStats> collect(String[] labels, boolean[] approved, double[] risk) {
        Map<String, GroupStats> stats = new TreeMap<>();
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] == null) continue;
            stats.computeIfAbsent(labels[i], k -> new GroupStats()).add(approved[i], risk[i]);
        }
        return stats;
    }

    private static String largest(Map<String, GroupStats> stats) {
        return stats.entrySet().stream().max((a, b) -> Integer.compare(a.getValue().count, b.getValue().count))
                .map(Map.Entry::getKey).orElse("");
    }

    /** Groups whose adverse impact ratio is below the threshold, in reporting order. */
    public List<GroupFairness> below(double threshold) {
        return groups.stream().filter(g -> g.adverseImpactRatio() < threshold).toList();
    }

    /** Ordered dimension → control map, for a caller that wants the usual HMDA reference groups. */
    public static Map<String, String> controls(String... dimensionThenControl) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i + 1 < dimensionThenControl.length; i += 2) {
            map.put(dimensionThenControl[i], dimensionThenControl[i + 1]);
        }
        return map;
    }

    private static final class GroupStats {
        int count;
        int approved;
        double sum;
        double sumSquares;

        void add(boolean approvedOne, double riskOne) {
            count++;
            if (approvedOne) approved++;
            sum += riskOne;
            sumSquares += riskOne * riskOne;
        }

        double approvalRate() {
            return count == 0 ? 0 : (double) approved / count;
        }

        double meanRisk() {
            return count == 0 ? 0 : sum / count;
        }

        /** Sample variance (n - 1). */
        double riskVariance() {
            if (count < 2) return 0;
            double mean = meanRisk();
            return Math.max(0, (sumSquares - count * mean * mean) / (count - 1));
        }
    }
}
