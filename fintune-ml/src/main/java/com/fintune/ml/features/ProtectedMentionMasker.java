package com.fintune.ml.features;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Neutralises mentions of an ECOA prohibited basis in the underwriter's notes before any model reads them (applied
 * once, in {@link FeaturePipeline#extract}, which serving, training and evaluation all go through). The rules are in
 * {@link ProtectedMentions}.
 *
 * <p>How, and why:
 * <ul>
 *   <li>A sentence whose only content is a protected characteristic ("Borrower is a 64-year-old widow.", "She is
 *   Hispanic and recently married.") is <b>dropped</b>. Once its mentions are taken out, what remains is filler
 *   (subject, verb to be, articles, "not", time words) and at most one other word, and no figure, so it carries no
 *   underwriting content; dropping it makes the note byte-for-byte the note without that sentence, so inserting such
 *   a sentence cannot move any probability.</li>
 *   <li>A mention inside a sentence that says something else ("Income includes $900/mo SSI.", "Gift from her father,
 *   fully sourced.") is <b>replaced by a fixed neutral word</b> for its kind: "person" for identities (race, religion,
 *   nationality, age, gender, marital status), "household member" for spouse words, "parent"/"child"/"sibling" for
 *   gendered kin, "benefit income" for public-assistance programmes, "court order" for a divorce decree, "tax filing"
 *   for "married filing jointly". The sentence keeps its grammar and its underwriting content (the gift, the income,
 *   the obligation), while every protected value maps to one and the same word, so two applicants who differ only in
 *   that value read the same text.</li>
 *   <li>Where an identity mention only describes the applicant (an appositive "Borrower, a 58-year-old Black
 *   woman, has …", a modifier "The Hispanic borrower …", "is a widow and has …") it is <b>removed</b> with its
 *   commas, so the sentence becomes the one that never said it.</li>
 *   <li>Pronouns become "they/them/their" (and "Mr./Mrs./Ms." titles are removed): "she" and "he" reveal sex, and a
 *   model trained on notes where pronoun and outcome correlate would otherwise learn a sex proxy.</li>
 * </ul>
 * Not masked (they are underwriting facts, see {@link ProtectedMentions}): retirement and pension income, Social
 * Security, single-family, disability insurance, alimony and child support. Names of people cannot be masked by
 * rule and are left as written. Deterministic, stateless and thread-safe.
 */
public final class ProtectedMentionMasker {

    /** Marks the start and end of a replaced mention while the sentence is judged. */
    private static final char OPEN = '\u0001';
    private static final char CLOSE = '\u0002';
    private static final Pattern SENTENCE_END = Pattern.compile(
            "(?<=[.!?;])(?<!\\b(?:Mr|Mrs|Ms|Mx|Dr|St|Jr|Sr|vs|approx|e\\.g|i\\.e|U\\.S|u\\.s)\\.)\\s+|\\s*\\n\\s*");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’-][\\p{L}\\p{N}]+)*");
    private static final String PERSON_MARK = OPEN + "[Pp]erson" + CLOSE;
    private static final String APPLICANT = "(?:co-?)?(?:borrower|applicant|buyer|homeowner)s?\\b";
    private static final Pattern APPOSITIVE = Pattern.compile(
            "\\s*,\\s*(?:who (?:is|are|was) )?(?:(?:an?|the)\\s+)?(?:" + PERSON_MARK + "[\\s,]*)+,\\s*");
    private static final Pattern IS_AND = Pattern.compile(
            "\\b(?:is|are) (?:(?:an?|the)\\s+)?(?:" + PERSON_MARK + "[\\s,]*)+(?:and|,)\\s+(?=[a-z])");
    private static final Pattern TRAILING_APPOSITIVE = Pattern.compile(
            "\\s*,\\s*(?:(?:an?|the)\\s+)?(?:" + PERSON_MARK + "[\\s,]*)+(?=[.;!?]?\\s*$)");
    private static final Pattern BEFORE_APPLICANT = Pattern.compile(
            "(?:" + PERSON_MARK + "[\\s,]*)+(?=" + APPLICANT + ")", Pattern.CASE_INSENSITIVE);
    private static final Pattern HER_AS_OBJECT = Pattern.compile("\\bher\\b(?=\\s*(?:[.,;:!?)]|$|\\b(?:and|or|"
            + "on|at|to|for|with|about|that|in|by|from|again|today|yesterday|directly|back|twice|once|but|"
            + "after|before|if|when|as)\\b))", Pattern.CASE_INSENSITIVE);
    private static final List<ProtectedMentions.Rule> PRONOUNS = List.of(
            pronoun("\\b(?:he|she)\\b", "they"), pronoun("\\bhim\\b", "them"), pronoun("\\bhis\\b", "their"),
            pronoun("\\bhers\\b", "theirs"), pronoun("\\b(?:himself|herself)\\b", "themselves"),
            pronoun("\\bher\\b", "their"));
    /** Words that carry no underwriting content on their own: a sentence of only these and mentions is dropped. */
    private static final Set<String> FILLER = Set.of("borrower", "borrowers", "applicant", "applicants",
            "co-borrower", "coborrower", "co-applicant", "primary", "the", "a", "an", "is", "are", "was", "were", "be",
            "been", "being", "am", "has", "have", "had", "and", "or", "of", "who", "whose", "which", "that", "this",
            "also", "both", "they", "them", "their", "theirs", "themselves", "it", "its", "as", "by", "in", "to",
            "with", "identifies", "self-identifies", "identified", "describes", "described", "reports", "reported",
            "states", "stated", "noted", "note", "notes", "mentioned", "mentions", "says", "said", "per", "fyi",
            "recently", "currently", "now", "just", "very", "newly", "not", "no", "never", "from", "on", "receives",
            "receiving", "received", "collects", "collecting", "gets", "getting", "got", "uses", "using", "lives",
            "living", "originally", "born", "practicing", "practising", "attends", "regularly", "member", "years",
            "yrs", "year", "old", "age", "appears", "seems", "looks", "told", "me", "us", "we", "i", "my", "our",
            "here", "there", "all", "applicant's", "borrower's", "person", "people", "household", "family",
            "self", "disclosed", "descent", "heritage", "ancestry", "origin", "background", "recipient", "volunteered",
            "during", "interview", "call", "meeting", "at", "for", "about", "since", "while", "after", "before",
            "because", "so", "only", "still", "already", "again", "too", "each", "every", "next", "soon", "later",
            "ago", "week", "weekly", "month", "monthly", "daily", "spring", "summer", "fall", "autumn", "winter",
            "sunday", "u", "s", "american", "proud", "openly", "happily");

    /** The notes with protected mentions neutralised, sentences re-joined by single spaces; null stays null. */
    public String mask(String notes) {
        if (notes == null) {
            return null;
        }
        List<String> kept = new ArrayList<>();
        for (String sentence : SENTENCE_END.split(notes.strip())) {
            String marked = markMentions(sentence.strip());
            if (marked.isEmpty() || (marked.indexOf(OPEN) >= 0 && carriesNoContent(marked))) {
                continue;
            }
            kept.add(tidy(marked.indexOf(OPEN) >= 0 ? withoutModifiers(marked) : marked));
        }
        return String.join(" ", kept);
    }

    /** True when a text contains a mention the masker would neutralise (for tests and reports). */
    public boolean mentionsProtected(String text) {
        return text != null && markMentions(text).indexOf(OPEN) >= 0;
    }

    private static String markMentions(String sentence) {
        String s = sentence;
        for (ProtectedMentions.Rule r : ProtectedMentions.RULES) {
            s = replace(s, r.pattern(), r.neutral());
        }
        s = replace(s, HER_AS_OBJECT, "them");
        for (ProtectedMentions.Rule r : PRONOUNS) {
            s = replace(s, r.pattern(), r.neutral());
        }
        return s;
    }

    private static String replace(String s, Pattern p, String neutral) {
        Matcher m = p.matcher(s);
        StringBuilder out = new StringBuilder(s.length() + 16);
        int last = 0;
        while (m.find()) {
            if (insideMark(s, m.start())) {
                continue;
            }
            boolean first = !s.substring(0, m.start()).chars().anyMatch(Character::isLetterOrDigit);
            out.append(s, last, m.start()).append(OPEN).append(sameCase(m.group(), neutral, first)).append(CLOSE);
            last = m.end();
        }
        return last == 0 ? s : out.append(s, last, s.length()).toString();
    }

    /** A neutral word already written must not be matched again by a later rule. */
    private static boolean insideMark(String s, int at) {
        return s.lastIndexOf(OPEN, at) > s.lastIndexOf(CLOSE, at - 1);
    }

    /** Capitalised where the mention opens the sentence, lower case elsewhere. */
    private static String sameCase(String original, String neutral, boolean opensSentence) {
        if (neutral.isEmpty() || !opensSentence || !Character.isUpperCase(original.charAt(0))) {
            return neutral;
        }
        return Character.toUpperCase(neutral.charAt(0)) + neutral.substring(1);
    }

    /**
     * True when, mentions taken out, at most one word is left that is not filler and no figure: "Applicant is
     * Korean-American." or "Borrower is 29 and single." say nothing else, while "Income includes $900/mo SSI." and
     * "Gift from her father, fully sourced." keep their sentence.
     */
    private static boolean carriesNoContent(String marked) {
        StringBuilder unmarked = new StringBuilder(marked.length());
        boolean inMark = false;
        for (int i = 0; i < marked.length(); i++) {
            char c = marked.charAt(i);
            if (c == OPEN || c == CLOSE) {
                inMark = c == OPEN;
                unmarked.append(' ');
            } else if (!inMark) {
                unmarked.append(c);
            }
        }
        Matcher w = WORD.matcher(unmarked);
        int content = 0;
        while (w.find()) {
            String word = w.group().toLowerCase(Locale.ROOT).replace('’', '\'');
            if (word.chars().anyMatch(Character::isDigit)) {
                return false;
            }
            if (!FILLER.contains(word)) {
                content++;
            }
        }
        return content <= 1;
    }

    /**
     * Takes out identity mentions that only describe the applicant: an appositive ("Borrower, a 58-year-old Black
     * woman, has …", "Applicant, age 45, transferred …", "… 10 yrs at the employer, age 70.", "The applicant, who is
     * Muslim, has …"), a predicate joined to another ("Borrower is a widow and has …") and a modifier right before
     * the applicant ("The Hispanic borrower has …"): the sentence reads the same without them, so the note becomes
     * exactly the note that never said it.
     */
    private static String withoutModifiers(String marked) {
        String s = APPOSITIVE.matcher(marked).replaceAll(" ");
        s = TRAILING_APPOSITIVE.matcher(s).replaceAll("");
        s = IS_AND.matcher(s).replaceAll("");
        s = BEFORE_APPLICANT.matcher(s).replaceAll("");
        s = s.replaceAll("\\b([Aa])n\\s+(?=" + APPLICANT + ")", "$1 ");
        boolean opensWithCapital = marked.strip().indexOf(OPEN) == 0 || Character.isUpperCase(firstLetter(marked));
        if (!s.isEmpty() && opensWithCapital && Character.isLowerCase(firstLetter(s))) {
            int at = firstLetterIndex(s);
            s = s.substring(0, at) + Character.toUpperCase(s.charAt(at)) + s.substring(at + 1);
        }
        return s;
    }

    private static char firstLetter(String s) {
        int at = firstLetterIndex(s);
        return at < 0 ? ' ' : s.charAt(at);
    }

    private static int firstLetterIndex(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetter(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** Removes the marks and the gaps an empty replacement leaves. */
    private static String tidy(String marked) {
        String s = marked.replace(String.valueOf(OPEN), "").replace(String.valueOf(CLOSE), "");
        return s.replaceAll("\\s{2,}", " ").replaceAll("\\s+([,.;:!?])", "$1").strip();
    }

    private static ProtectedMentions.Rule pronoun(String regex, String neutral) {
        return new ProtectedMentions.Rule("pronoun", Pattern.compile(regex, Pattern.CASE_INSENSITIVE), neutral);
    }
}
