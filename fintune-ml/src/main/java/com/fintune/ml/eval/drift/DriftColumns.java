package com.fintune.ml.eval.drift;

import com.fintune.ml.features.ApplicationFeatures;
import com.fintune.ml.serving.ModelScores;
import com.fintune.ml.taxonomy.ReasonCategory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The binned columns of drift, in order: every column of {@link ApplicationFeatures#tabularVector()} under its
 * {@link ApplicationFeatures#tabularNames() name}, {@code risk_score}, {@code reason_<category>} for each of the
 * twelve reasons, and {@code note_length_words}. The out-of-vocabulary share of note words is measured apart
 * ({@link NoteWords}), as {@link #OUT_OF_VOCABULARY}.
 */
public final class DriftColumns {

    public static final String RISK_SCORE = "risk_score";
    public static final String NOTE_LENGTH = "note_length_words";
    public static final String OUT_OF_VOCABULARY = "note_out_of_vocabulary";
    private static final List<String> NAMES = names();

    private DriftColumns() {
    }

    /** Names of the binned columns, in the order of {@link #values}. */
    public static List<String> names() {
        if (NAMES != null) {
            return NAMES;
        }
        List<String> n = new ArrayList<>(ApplicationFeatures.tabularNames());
        n.add(RISK_SCORE);
        for (ReasonCategory r : ReasonCategory.values()) {
            n.add(reasonColumn(r));
        }
        n.add(NOTE_LENGTH);
        return List.copyOf(n);
    }

    public static String reasonColumn(ReasonCategory reason) {
        return "reason_" + reason.name().toLowerCase(Locale.ROOT);
    }

    /** Kind of the named column ({@link ColumnKind#TEXT} for the out-of-vocabulary share). */
    public static ColumnKind kindOf(String name) {
        if (name.equals(RISK_SCORE)) {
            return ColumnKind.SCORE;
        }
        if (name.startsWith("reason_")) {
            return ColumnKind.REASON;
        }
        if (name.equals(NOTE_LENGTH) || name.equals(OUT_OF_VOCABULARY)) {
            return ColumnKind.TEXT;
        }
        return ColumnKind.FEATURE;
    }

    /**
     * One application's values of every binned column, in {@link #names()} order. Scores are rounded as stored
     * answers hold them (risk to 2 decimals, probabilities to 4), so that the reference and the predictions read
     * back from the database fall in the same bins.
     */
    public static double[] values(ApplicationFeatures features, ModelScores scores) {
        double[] tabular = features.tabularVector();
        double[] v = new double[NAMES.size()];
        System.arraycopy(tabular, 0, v, 0, tabular.length);
        int i = tabular.length;
        v[i++] = round(scores.riskScore(), 100);
        float[] p = scores.reasonProbabilities();
        for (int r = 0; r < ReasonCategory.COUNT; r++) {
            v[i++] = round(p[r], 10_000);
        }
        v[i] = NoteWords.words(features.notesText()).size();
        return v;
    }

    private static double round(double value, double scale) {
        return Math.round(value * scale) / scale;
    }
}
