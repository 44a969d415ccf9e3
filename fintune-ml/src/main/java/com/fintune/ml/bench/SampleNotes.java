package com.fintune.ml.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A fixed, seeded workload of underwriter-note-like texts (amounts, ratios, dates, names, some accents and symbols)
 * so tokenizer timings are comparable between runs and machines. Not training data.
 */
public final class SampleNotes {

    private static final String[] OPENINGS = {
        "Applicant", "Co-borrower", "Borrower", "Underwriter note:", "Per the file,", "Processor comment -"};
    private static final String[] FACTS = {
        "reports gross monthly income of $%,d from %s employment since %d.",
        "has a debt-to-income ratio of %d%% after the proposed PITI of $%,d.",
        "shows %d late payments (30+ days) on the %s account in the last %d months.",
        "property at %d %s St. appraised at $%,d; LTV %d%%, CLTV %d%%.",
        "verified reserves of $%,d (≈ %d months) in checking and a 401(k).",
        "credit file is thin: %d tradelines, oldest opened %d, score %d.",
        "gap in employment of %d months explained by relocation to %s.",
        "collection of $%,d from %s paid in full on %d-0%d-1%d.",
        "self-employed %s; two years' tax returns show net income of $%,d.",
        "mortgage insurance denied: LTV %d%% > %d%% program limit for %s.",
    };
    private static final String[] WORDS = {
        "salaried", "hourly", "contract", "seasonal", "Café Rouge", "Müller & Söhne", "Oak", "Maple", "Zürich",
        "Wells", "revolving", "auto", "student-loan", "medical", "São Paulo", "O'Brien", "Nguyễn", "Łódź"};

    private SampleNotes() {
    }

    /** {@code count} notes from {@code seed}; the same arguments always give the same texts. */
    public static List<String> generate(int count, long seed) {
        Random random = new Random(seed);
        List<String> notes = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            StringBuilder note = new StringBuilder();
            int sentences = 1 + random.nextInt(4);
            for (int s = 0; s < sentences; s++) {
                note.append(s == 0 ? "" : " ").append(OPENINGS[random.nextInt(OPENINGS.length)]).append(' ');
                note.append(fact(random));
            }
            notes.add(note.toString());
        }
        return notes;
    }

    private static String fact(Random random) {
        String template = FACTS[random.nextInt(FACTS.length)];
        Object[] args = new Object[5];
        for (int a = 0; a < args.length; a++) {
            args[a] = random.nextBoolean() ? (Object) (1 + random.nextInt(9_000)) : WORDS[random.nextInt(WORDS.length)];
        }
        return String.format(java.util.Locale.ROOT, template.replace("%,d", "%s").replace("%d", "%s"), args);
    }
}
