package com.fintune.ml.eval.drift;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of the underwriter's notes (protected mentions already masked by the feature pipeline), lower-cased runs
 * of letters, and the reference vocabulary they are compared with. The vocabulary is every word of the reference
 * notes (the {@link #MAX_VOCABULARY} most frequent if there are more). The share of reference word occurrences that
 * are words seen only once is the Good-Turing estimate of how often a fresh note from the same source uses a word
 * the reference never had; that share is the expected out-of-vocabulary rate live notes are held to.
 */
public final class NoteWords {

    public static final int MAX_VOCABULARY = 20_000;
    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    private NoteWords() {
    }

    public static List<String> words(String notes) {
        List<String> words = new ArrayList<>();
        if (notes == null || notes.isEmpty()) {
            return words;
        }
        Matcher m = WORD.matcher(notes);
        while (m.find()) {
            words.add(m.group().toLowerCase(Locale.ROOT));
        }
        return words;
    }

    /** Counts words of many notes, then gives the vocabulary and its expected out-of-vocabulary rate. */
    public static final class Counter {
        private final Map<String, Long> counts = new HashMap<>();
        private long total;

        public void add(String notes) {
            for (String w : words(notes)) {
                counts.merge(w, 1L, Long::sum);
                total++;
            }
        }

        /** The vocabulary, sorted. */
        public Set<String> vocabulary() {
            List<Map.Entry<String, Long>> byCount = new ArrayList<>(counts.entrySet());
            byCount.sort(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                    .thenComparing(Map.Entry.comparingByKey()));
            Set<String> kept = new TreeSet<>();
            for (int i = 0; i < byCount.size() && i < MAX_VOCABULARY; i++) {
                kept.add(byCount.get(i).getKey());
            }
            return kept;
        }

        /** Share of word occurrences that are words seen once or left out of the vocabulary; 0 without words. */
        public double expectedOutOfVocabularyRate() {
            if (total == 0) {
                return 0;
            }
            Set<String> kept = vocabulary();
            long unseenLike = 0;
            for (Map.Entry<String, Long> e : counts.entrySet()) {
                if (e.getValue() == 1 || !kept.contains(e.getKey())) {
                    unseenLike += e.getValue();
                }
            }
            return (double) unseenLike / total;
        }
    }
}
