package com.fintune.assessment.application;

import com.fintune.assessment.domain.ActivityRow;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Prediction volume and accuracy over whole UTC days, from stored predictions and their recorded final decisions.
 * <b>Agreement</b> compares the model's APPROVE or DENY with a final APPROVE or DENY; a REFER (sent to a person by
 * design) and a withdrawal are left out. Per reason, the recorded decisions say whether a named reason ended in a
 * denial (its precision as a denial signal); they do not record the lender's own reasons, so recall is not known.
 */
public final class ActivityFigures {

    static final List<String> CHANNELS = Arrays.stream(Channel.values()).map(Enum::name).toList();
    static final List<String> DECISIONS = List.of("APPROVE", "REFER", "DENY");

    /** One UTC day; rates are null when nothing was there to measure. */
    public record Day(LocalDate day, long total, Map<String, Long> byChannel, Map<String, Long> byDecision,
                      Integer latencyP50Ms, Integer latencyP95Ms, long compared, long agreed, Double agreement) {
    }

    /**
     * One reason over the period.
     *
     * @param withOutcome   predictions naming it that have a final APPROVE or DENY
     * @param denied        of those, finally denied
     * @param precision     denied / withOutcome
     * @param ofAllDenials  share of all final denials whose prediction named it
     */
    public record Reason(String reason, long named, long withOutcome, long denied, Double precision,
                         Double ofAllDenials) {
    }

    /** The period [from, to) day by day, the reasons, the whole period's agreement and latency histogram. */
    public record Report(Instant from, Instant to, List<Day> days, List<Reason> reasons, long predictions,
                         long compared, long agreed, Double agreement, List<LatencyBucket> latency,
                         boolean truncated) {
    }

    /** Predictions answered in [fromMs, toMs) milliseconds ({@code toMs} null: and slower). */
    public record LatencyBucket(int fromMs, Integer toMs, long count) {
    }

    /** The latency histogram's bucket bounds, milliseconds. */
    static final int[] LATENCY_BOUNDS = {0, 50, 100, 250, 500, 1000, 2500, 5000};

    private ActivityFigures() {
    }

    /** The report over {@code days} whole UTC days ending with {@code today}. */
    public static Report of(List<ActivityRow> rows, LocalDate today, int days, boolean truncated) {
        LocalDate first = today.minusDays(days - 1L);
        Map<LocalDate, List<ActivityRow>> byDay = new TreeMap<>();
        for (int i = 0; i < days; i++) {
            byDay.put(first.plusDays(i), new ArrayList<>());
        }
        List<ActivityRow> inPeriod = new ArrayList<>();
        for (ActivityRow r : rows) {
            List<ActivityRow> day = byDay.get(LocalDate.ofInstant(r.assessedAt(), ZoneOffset.UTC));
            if (day != null) {
                day.add(r);
                inPeriod.add(r);
            }
        }
        List<Day> out = new ArrayList<>();
        byDay.forEach((day, list) -> out.add(day(day, list)));
        long compared = out.stream().mapToLong(Day::compared).sum();
        long agreed = out.stream().mapToLong(Day::agreed).sum();
        return new Report(first.atStartOfDay(ZoneOffset.UTC).toInstant(),
                today.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant(), out, reasons(inPeriod), inPeriod.size(),
                compared, agreed, rate(agreed, compared), latency(inPeriod), truncated);
    }

    static List<LatencyBucket> latency(List<ActivityRow> rows) {
        long[] counts = new long[LATENCY_BOUNDS.length];
        for (ActivityRow r : rows) {
            if (r.latencyMillis() == null) {
                continue;
            }
            int i = LATENCY_BOUNDS.length - 1;
            while (i > 0 && r.latencyMillis() < LATENCY_BOUNDS[i]) {
                i--;
            }
            counts[i]++;
        }
        List<LatencyBucket> out = new ArrayList<>();
        for (int i = 0; i < LATENCY_BOUNDS.length; i++) {
            out.add(new LatencyBucket(LATENCY_BOUNDS[i], i + 1 < LATENCY_BOUNDS.length ? LATENCY_BOUNDS[i + 1] : null,
                    counts[i]));
        }
        return out;
    }

    static Day day(LocalDate day, List<ActivityRow> rows) {
        Map<String, Long> channels = counts(CHANNELS);
        Map<String, Long> decisions = counts(DECISIONS);
        List<Integer> latencies = new ArrayList<>();
        long compared = 0;
        long agreed = 0;
        for (ActivityRow r : rows) {
            channels.merge(r.channel() == null ? "REST" : r.channel(), 1L, Long::sum);
            decisions.merge(r.decision() == null ? "REFER" : r.decision(), 1L, Long::sum);
            if (r.latencyMillis() != null) {
                latencies.add(r.latencyMillis());
            }
            if (comparable(r)) {
                compared++;
                if (r.decision().equals(r.finalDecision())) {
                    agreed++;
                }
            }
        }
        latencies.sort(null);
        return new Day(day, rows.size(), channels, decisions, percentile(latencies, 0.50), percentile(latencies, 0.95),
                compared, agreed, rate(agreed, compared));
    }

    static List<Reason> reasons(List<ActivityRow> rows) {
        Map<String, long[]> byReason = new TreeMap<>();
        long denials = rows.stream().filter(r -> "DENY".equals(r.finalDecision())).count();
        for (ActivityRow r : rows) {
            if (r.topReasons() == null || r.topReasons().isBlank()) {
                continue;
            }
            boolean decided = "APPROVE".equals(r.finalDecision()) || "DENY".equals(r.finalDecision());
            for (String reason : r.topReasons().split(",")) {
                long[] c = byReason.computeIfAbsent(reason.trim(), k -> new long[3]);
                c[0]++;
                if (decided) {
                    c[1]++;
                    if ("DENY".equals(r.finalDecision())) {
                        c[2]++;
                    }
                }
            }
        }
        List<Reason> out = new ArrayList<>();
        byReason.forEach((reason, c) -> out.add(new Reason(reason, c[0], c[1], c[2], rate(c[2], c[1]),
                rate(c[2], denials))));
        out.sort((a, b) -> Long.compare(b.named(), a.named()));
        return out;
    }

    /** Both sides APPROVE or DENY: the model decided and so did the lender. */
    static boolean comparable(ActivityRow r) {
        return ("APPROVE".equals(r.decision()) || "DENY".equals(r.decision()))
                && ("APPROVE".equals(r.finalDecision()) || "DENY".equals(r.finalDecision()));
    }

    /** Nearest-rank percentile of sorted values, or null when there are none. */
    static Integer percentile(List<Integer> sorted, double p) {
        if (sorted.isEmpty()) {
            return null;
        }
        int rank = (int) Math.ceil(p * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }

    private static Double rate(long part, long whole) {
        return whole == 0 ? null : (double) part / whole;
    }

    private static Map<String, Long> counts(List<String> keys) {
        Map<String, Long> m = new LinkedHashMap<>();
        keys.forEach(k -> m.put(k, 0L));
        return m;
    }
}
