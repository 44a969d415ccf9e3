package com.fintune.ml.explain.attribution;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits notes into sentences with character offsets (the JDK's English sentence rules, plus semicolons and line
 * breaks, which underwriters use as sentence ends). Sentences rather than words are occluded because a note's
 * meaning lives in phrases: leaving out "no" from "no new debt" asks the model about a sentence nobody wrote.
 */
final class NoteSentences {

    /** At most this many sentences are occluded; longer notes have their tail reported as one span. */
    static final int MAX_SENTENCES = 24;

    record Span(int start, int end) {
    }

    private NoteSentences() {
    }

    static List<Span> of(String notes) {
        List<Span> out = new ArrayList<>();
        if (notes == null || notes.isBlank()) {
            return out;
        }
        BreakIterator it = BreakIterator.getSentenceInstance(Locale.US);
        it.setText(notes);
        int start = it.first();
        for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
            splitFurther(notes, start, end, out);
        }
        if (out.size() > MAX_SENTENCES) {
            Span last = new Span(out.get(MAX_SENTENCES - 1).start(), out.get(out.size() - 1).end());
            out.subList(MAX_SENTENCES - 1, out.size()).clear();
            out.add(last);
        }
        return out;
    }

    private static void splitFurther(String notes, int start, int end, List<Span> out) {
        int from = start;
        for (int i = start; i < end; i++) {
            char c = notes.charAt(i);
            if (c == ';' || c == '\n') {
                add(notes, from, i + (c == ';' ? 1 : 0), out);
                from = i + 1;
            }
        }
        add(notes, from, end, out);
    }

    /** Adds [start, end) trimmed of surrounding white space, unless nothing but white space or punctuation is left. */
    private static void add(String notes, int start, int end, List<Span> out) {
        while (start < end && Character.isWhitespace(notes.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(notes.charAt(end - 1))) {
            end--;
        }
        boolean hasText = false;
        for (int i = start; i < end && !hasText; i++) {
            hasText = Character.isLetterOrDigit(notes.charAt(i));
        }
        if (hasText) {
            out.add(new Span(start, end));
        }
    }

    /** The notes without [start, end), joined so that no double space is left. */
    static String without(String notes, Span span) {
        String before = notes.substring(0, span.start()).stripTrailing();
        String after = notes.substring(span.end()).stripLeading();
        return before.isEmpty() || after.isEmpty() ? before + after : before + " " + after;
    }
}
