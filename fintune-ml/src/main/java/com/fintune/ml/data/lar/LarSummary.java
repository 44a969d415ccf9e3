package com.fintune.ml.data.lar;

import com.fintune.ml.taxonomy.HmdaActionTaken;
import com.fintune.ml.taxonomy.ReasonCategory;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts over imported records: by action taken, by HMDA denial code (records naming the code in any of the four
 * slots) and by the FinTune category it was mapped to.
 */
public record LarSummary(int records, Map<HmdaActionTaken, Integer> byAction, Map<Integer, Integer> byDenialCode,
                         Map<ReasonCategory, Integer> byReason) {

    public static LarSummary of(List<LarApplication> apps) {
        Map<HmdaActionTaken, Integer> action = new EnumMap<>(HmdaActionTaken.class);
        Map<Integer, Integer> codes = new TreeMap<>();
        Map<ReasonCategory, Integer> reasons = new EnumMap<>(ReasonCategory.class);
        for (LarApplication a : apps) {
            action.merge(a.actionTaken(), 1, Integer::sum);
            a.hmdaDenialCodes().stream().distinct().forEach(c -> codes.merge(c, 1, Integer::sum));
            a.reasons().forEach(r -> reasons.merge(r, 1, Integer::sum));
        }
        return new LarSummary(apps.size(), Map.copyOf(action), Map.copyOf(codes), Map.copyOf(reasons));
    }

    /** A few readable lines for the command line. */
    public String describe() {
        StringBuilder sb = new StringBuilder();
        sb.append("records: ").append(records).append('\n').append("action taken:");
        for (HmdaActionTaken a : HmdaActionTaken.values()) {
            if (byAction.containsKey(a)) {
                sb.append(' ').append(a.code()).append('=').append(byAction.get(a));
            }
        }
        sb.append("\ndenial codes (records naming each):");
        new TreeMap<>(byDenialCode).forEach((c, n) -> sb.append(' ').append(c).append('=').append(n));
        sb.append("\nFinTune reasons:");
        for (ReasonCategory r : ReasonCategory.values()) {
            if (byReason.containsKey(r)) {
                sb.append(' ').append(r.name()).append('=').append(byReason.get(r));
            }
        }
        return sb.toString();
    }
}
