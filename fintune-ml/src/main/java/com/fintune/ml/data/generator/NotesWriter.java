package com.fintune.ml.data.generator;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Writes an underwriter's free-text notes for a file: each event in one of several phrasings (abbreviations,
 * shorthand), bankruptcy/foreclosure seasoning, zero to two irrelevant remarks, in shuffled order, with occasional
 * typos. The decisive events are always mentioned; the wording varies.
 */
final class NotesWriter {

    private static final String[] EMPLOYERS = {"Acme Logistics", "Brightside Dental", "Lakeview Roofing LLC",
        "Summit Staffing", "Orion Tech", "Riverbend Hospital", "Tri-County Schools", "Maple Auto Body"};
    private static final String[] INSURERS = {"MGIC", "Radian", "Essent", "Enact", "Arch MI", "NMI"};
    private static final String[][] PHRASES = {
        /* EMPLOYER_UNVERIFIABLE */ {"VOE failed - %E phone disconnected, no listing found.",
            "Cannot verify employer %E; no business license, HR never answered.",
            "unable to verify employment w/ %E, 3 attempts, no response.",
            "Written VOE returned undeliverable; %E not registered w/ state."},
        /* INCOME_UNVERIFIABLE */ {"4506-C transcripts do not match W2s provided, income unverified.",
            "IRS transcripts show much lower income than paystubs - cannot verify.",
            "paystubs look altered (YTD math off), income could not be verified.",
            "Income docs inconsistent w/ tax returns; unable to verify income."},
        /* ASSETS_UNVERIFIABLE */ {"Large unsourced deposit $%K in acct, bwr could not document source.",
            "Bank stmts appear edited, bank could not confirm balances.",
            "VOD not returned and stmts don't reconcile - assets unverified."},
        /* MISSING_DOCUMENTS */ {"Still missing signed 4506-C and 2 months bank stmts.",
            "Docs outstanding: 2023 tax return, divorce decree, LOE for inquiries.",
            "Incomplete file - no paystubs or W2s received after 2 requests.",
            "missing purchase contract addendum + hazard ins declarations."},
        /* BORROWER_UNRESPONSIVE */ {"Bwr unresponsive since cond. approval request, 3 emails + 2 calls.",
            "No response from borrower to needs list sent 21 days ago.",
            "applicant stopped replying, conditions never cleared."},
        /* EMPLOYMENT_GAP */ {"Employment gap of %M months last year, no LOE provided.",
            "%M-month gap in employment not explained.",
            "Unexplained job gap (%M mo) between last two employers."},
        /* CONTRACT_ENDING */ {"Contract assignment ends next month, no renewal letter.",
            "Temp position through agency, ends in 6 wks per VOE.",
            "contract not renewed per employer - income not continuing."},
        /* SAME_LINE_OF_WORK */ {"New job but same line of work 6+ yrs, prior VOE ok.",
            "Recent grad, degree in field, offer letter on file.",
            "Changed employers in same industry, no gap."},
        /* INCOME_DECLINING */ {"Self-emp income down ~%P%% YoY, using lower yr, insufficient for amount.",
            "Declining income: 2023 return %P%% below 2022, does not support loan amount.",
            "OT/bonus income dropped %P%%, remaining base insufficient."},
        /* PROPERTY_CONDITION */ {"Appraisal subject-to: roof at end of life, foundation cracks.",
            "Appraiser notes property not habitable as-is, value not supported.",
            "Appraisal came in low, comps don't support value, condition C5."},
        /* NON_WARRANTABLE_CONDO */ {"Condo project non-warrantable (single investor owns 30%% of units).",
            "HOA in litigation, project not warrantable.",
            "Condotel/non-warrantable project - outside guidelines."},
        /* OPEN_JUDGMENT */ {"Open judgment $%K on title, not paid.", "Title shows unpaid civil judgment $%K.",
            "Tax lien $%K found on title search."},
        /* MI_DECLINED */ {"MI cert declined by %I.", "%I declined to insure - MI denied.",
            "PMI denied (%I), no other insurer would take it."},
        /* MI_APPROVED */ {"MI cert approved by %I.", "%I MI commitment rcvd.", "PMI approved, %I."},
        /* VOE_COMPLETED */ {"VOE completed, employer confirmed.", "verbal VOE ok w/ HR.",
            "Employment verified via The Work Number."},
        /* GIFT_DOCUMENTED */ {"Gift letter + donor stmt rcvd.", "Gift funds from parent documented.",
            "gift $%K wired, paper trail ok."}};
    private static final String[] FILLER = {"Bwr prefers text msgs.", "Appraisal sched for Tues.",
        "Rate locked 45 days.", "Realtor is very responsive.", "HOA dues $%D/mo.", "Title ordered.",
        "Closing target end of month.", "Flood cert zone X.", "HOI quote rcvd.", "Bwr has 2 dogs, n/a.",
        "Spoke w/ LO re timeline.", "Survey not required.", "Seller credit 2%% requested.", "Pest insp clear."};

    String write(Random r, Draft d) {
        List<String> parts = new ArrayList<>();
        for (NoteEvent e : d.events()) {
            String[] options = PHRASES[e.ordinal()];
            parts.add(fill(r, options[r.nextInt(options.length)]));
        }
        if (d.bankruptcyYearsAgo() != null) {
            parts.add(String.format(Locale.ROOT, r.nextBoolean() ? "Ch 7 BK discharged %s yrs ago."
                    : "Prior bankruptcy, discharge %s years back.", years(d.bankruptcyYearsAgo())));
        }
        if (d.foreclosureYearsAgo() != null) {
            parts.add(String.format(Locale.ROOT, r.nextBoolean() ? "Foreclosure completed %s yrs ago."
                    : "Prior FC on previous home, %s years since sale.", years(d.foreclosureYearsAgo())));
        }
        int fillers = r.nextDouble() < 0.5 ? 0 : 1;
        for (int i = 0; i < fillers; i++) {
            parts.add(fill(r, FILLER[r.nextInt(FILLER.length)]));
        }
        Collections.shuffle(parts, r);
        StringBuilder notes = new StringBuilder();
        for (String p : parts) {
            notes.append(notes.length() == 0 ? "" : " ").append(typos(r, p));
        }
        return notes.length() == 0 ? "No issues noted." : notes.toString();
    }

    private static String fill(Random r, String template) {
        return String.format(Locale.ROOT, template.replace("%E", EMPLOYERS[r.nextInt(EMPLOYERS.length)])
                .replace("%I", INSURERS[r.nextInt(INSURERS.length)])
                .replace("%K", Integer.toString(5 + r.nextInt(60)) + "k")
                .replace("%M", Integer.toString(4 + r.nextInt(14)))
                .replace("%P", Integer.toString(20 + r.nextInt(30)))
                .replace("%D", Integer.toString(50 + 10 * r.nextInt(40))));
    }

    private static String years(double y) {
        return y == Math.rint(y) ? Integer.toString((int) y) : String.format(Locale.ROOT, "%.1f", y);
    }

    /** Swaps two letters in about 3% of longer words; numbers are never touched. */
    private static String typos(Random r, String text) {
        String[] words = text.split(" ");
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (w.length() >= 6 && w.chars().allMatch(Character::isLetter) && r.nextDouble() < 0.03) {
                int k = 1 + r.nextInt(w.length() - 3);
                words[i] = w.substring(0, k) + w.charAt(k + 1) + w.charAt(k) + w.substring(k + 2);
            }
        }
        return String.join(" ", words);
    }
}
