package com.fintune.ml.data.generator;

import com.fintune.ml.data.LoanApplication;
import com.fintune.ml.underwriting.AgencyEligibility;
import com.fintune.ml.underwriting.CompensatingFactors;
import com.fintune.ml.underwriting.ProductLimits;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Writes an underwriter's free-text notes for a file. The facts (every event of the draft, any bankruptcy or
 * foreclosure with how long ago) are always stated, each in one of many phrasings ({@link EventPhrases}), and some
 * files restate an adverse structured fact in words; around
 * them go asides that decide nothing: benign remarks on the same topics and negations ({@link BenignRemarks}),
 * chatter, and in some files a mention of a protected characteristic ({@link AsideRemarks}). The facts and each
 * kind of aside draw from their own random streams, so the same file written without asides is the same text with
 * those sentences left out. Some files without events have no notes (empty here, null in the application). Typos: letter swaps, drops and doubles in
 * about 3 % of longer words, lower-case starts and missing full stops.
 */
final class NotesWriter {

    /** Which asides to write; the facts are always written. */
    record Style(boolean benign, boolean chatter, boolean protectedMentions) {
        static final Style FULL = new Style(true, true, true);
        static final Style FACTS_ONLY = new Style(false, false, false);
    }

    /** Share of files whose notes restate an adverse structured fact (lates, collections, score, DTI). */
    static final double RESTATED_SHARE = 0.35;
    /** Share of files that get a protected-characteristic mention. */
    static final double PROTECTED_SHARE = 0.14;
    /** Share of files without events whose notes are left empty. */
    static final double EMPTY_SHARE = 0.12;

    private static final String[] EMPLOYERS = {"Acme Logistics", "Brightside Dental", "Lakeview Roofing LLC",
        "Summit Staffing", "Orion Tech", "Riverbend Hospital", "Tri-County Schools", "Maple Auto Body",
        "Harbor Freight Lines", "Northgate Insurance", "the county", "Pine Street Bakery"};
    private static final String[] INSURERS = {"MGIC", "Radian", "Essent", "Enact", "Arch MI", "NMI"};
    private static final String[] SEPARATORS = {" ", " ", " ", " ", "; ", " / ", " -- "};

    private final Style style;

    NotesWriter(Style style) {
        this.style = style;
    }

    String write(Draft d, Random facts, Random asides, Random protectedStream) {
        List<String> parts = new ArrayList<>();
        for (NoteEvent e : d.events()) {
            parts.add(typos(facts, fill(facts, pick(facts, EventPhrases.of(e)))));
        }
        double bkSeasoning = ProductLimits.of(d.application().product()).bankruptcySeasoningYears();
        double fcSeasoning = ProductLimits.of(d.application().product()).foreclosureSeasoningYears();
        if (d.bankruptcyYearsAgo() != null) {
            String[] bank = d.bankruptcyYearsAgo() < bkSeasoning ? EventPhrases.RECENT_BANKRUPTCY
                    : EventPhrases.SEASONED_BANKRUPTCY;
            parts.add(typos(facts, pick(facts, bank).replace("%Y", ago(facts, d.bankruptcyYearsAgo()))));
        }
        if (d.foreclosureYearsAgo() != null) {
            String[] bank = d.foreclosureYearsAgo() < fcSeasoning ? EventPhrases.RECENT_FORECLOSURE
                    : EventPhrases.SEASONED_FORECLOSURE;
            parts.add(typos(facts, pick(facts, bank).replace("%Y", ago(facts, d.foreclosureYearsAgo()))));
        }
        restate(d, facts, parts);
        Collections.shuffle(parts, facts);
        String separator = pick(facts, SEPARATORS);
        if (parts.isEmpty() && facts.nextDouble() < EMPTY_SHARE) {
            return "";
        }
        if (style.benign()) {
            List<BenignRemarks.Remark> fitting = new ArrayList<>();
            for (BenignRemarks.Remark remark : BenignRemarks.REMARKS) {
                if (remark.applies().test(d)) {
                    fitting.add(remark);
                }
            }
            Collections.shuffle(fitting, asides);
            int count = Math.min(fitting.size(), parts.isEmpty() ? Sampling.pick(asides, 8, 42, 32, 18)
                    : Sampling.pick(asides, 36, 40, 18, 6));
            for (int i = 0; i < count; i++) {
                insert(asides, parts, typos(asides, fill(asides, pick(asides, fitting.get(i).phrasings()))));
            }
        }
        if (style.chatter()) {
            int count = Sampling.pick(asides, 58, 36, 6);
            for (int i = 0; i < count; i++) {
                insert(asides, parts, typos(asides, fill(asides, pick(asides, AsideRemarks.CHATTER))));
            }
        }
        if (style.protectedMentions() && protectedStream.nextDouble() < PROTECTED_SHARE) {
            insert(protectedStream, parts, fill(protectedStream, pick(protectedStream, AsideRemarks.PROTECTED)));
        }
        if (!separator.equals(" ")) {
            parts.replaceAll(p -> p.endsWith(".") ? p.substring(0, p.length() - 1) : p);
        }
        return String.join(separator, parts);
    }

    /** Some files restate an adverse structured fact in words (the same fact, so no label moves). */
    private static void restate(Draft d, Random facts, List<String> parts) {
        LoanApplication a = d.application();
        if (facts.nextDouble() >= RESTATED_SHARE) {
            return;
        }
        if (a.latePayments24m() >= 2) {
            parts.add(pick(facts, EventPhrases.LATES).replace("%N", Integer.toString(a.latePayments24m())));
        } else if (a.collectionsCount() >= 3) {
            parts.add(pick(facts, EventPhrases.COLLECTIONS).replace("%N", Integer.toString(a.collectionsCount())));
        } else if (a.creditScore() != null && a.creditScore() < AgencyEligibility.minScore(a)) {
            parts.add(pick(facts, EventPhrases.LOW_SCORE));
        } else if (a.dtiPercent() > ProductLimits.of(a.product()).maxDti() && !CompensatingFactors.hasCompensatingFactors(a)) {
            parts.add(pick(facts, EventPhrases.HIGH_DTI).replace("%P%%", Long.toString(Math.round(a.dtiPercent())) + "%"));
        }
    }

    private static void insert(Random r, List<String> parts, String sentence) {
        parts.add(r.nextInt(parts.size() + 1), sentence);
    }

    private static String pick(Random r, String[] options) {
        return options[r.nextInt(options.length)];
    }

    private static String fill(Random r, String template) {
        return String.format(Locale.ROOT, template.replace("%E", EMPLOYERS[r.nextInt(EMPLOYERS.length)])
                .replace("%I", INSURERS[r.nextInt(INSURERS.length)])
                .replace("%K", Integer.toString(5 + r.nextInt(60)))
                .replace("%M", Integer.toString(4 + r.nextInt(14)))
                .replace("%P", Integer.toString(20 + r.nextInt(30)))
                .replace("%R", Integer.toString(51 + r.nextInt(18)))
                .replace("%D", Integer.toString(50 + 10 * r.nextInt(40)))
                .replace("%N", Integer.toString(2 + r.nextInt(27)))
                .replace("%A", Integer.toString(22 + r.nextInt(62))));
    }

    /** "14 months", "14 mos", "3 years", "3.5 yrs"... */
    private static String ago(Random r, double years) {
        if (years < 2) {
            int months = (int) Math.round(years * 12);
            return months + (r.nextBoolean() ? " months" : r.nextBoolean() ? " mos" : " mo");
        }
        String y = years == Math.rint(years) ? Integer.toString((int) years) : String.format(Locale.ROOT, "%.1f", years);
        return y + (r.nextBoolean() ? " years" : " yrs");
    }

    /** Letter swaps, drops and doubles in about 3 % of words of 5+ letters; numbers are never touched. */
    private static String typos(Random r, String text) {
        String[] words = text.split(" ");
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (w.length() >= 5 && w.chars().allMatch(Character::isLetter) && r.nextDouble() < 0.03) {
                int k = 1 + r.nextInt(w.length() - 3);
                words[i] = switch (r.nextInt(3)) {
                    case 0 -> w.substring(0, k) + w.charAt(k + 1) + w.charAt(k) + w.substring(k + 2);
                    case 1 -> w.substring(0, k) + w.substring(k + 1);
                    default -> w.substring(0, k + 1) + w.charAt(k) + w.substring(k + 1);
                };
            }
        }
        String out = String.join(" ", words);
        double u = r.nextDouble();
        if (u < 0.08 && out.length() > 1 && Character.isLowerCase(out.charAt(1))) {
            out = Character.toLowerCase(out.charAt(0)) + out.substring(1);
        } else if (u < 0.16 && out.endsWith(".")) {
            out = out.substring(0, out.length() - 1);
        }
        return out;
    }
}
