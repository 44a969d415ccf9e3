package com.fintune.ml.eval.drift;

import com.fintune.ml.features.ApplicationFeatures;
import com.fintune.ml.serving.ModelScores;
import java.util.ArrayList;
import java.util.List;

/**
 * Counts served applications into the reference's bins, one at a time (a window of any size costs only the
 * counts), and gives each column's PSI against the reference.
 */
public final class DriftMeasurement {

    private final DriftReference reference;
    private final List<ReferenceColumn> binned;
    private final long[][] counts;
    private final long[] words = new long[3];
    private int applications;

    public DriftMeasurement(DriftReference reference) {
        List<String> expected = new ArrayList<>(DriftColumns.names());
        expected.add(DriftColumns.OUT_OF_VOCABULARY);
        if (!reference.columnNames().equals(expected)) {
            throw new IllegalArgumentException("the drift reference was computed for other columns than this "
                    + "build's feature pipeline gives; compute it again with fintune drift-reference");
        }
        this.reference = reference;
        this.binned = reference.columns().subList(0, reference.columns().size() - 1);
        this.counts = new long[binned.size()][];
        for (int c = 0; c < binned.size(); c++) {
            counts[c] = new long[binned.get(c).bins().size()];
        }
    }

    /** Adds one served application and the scores it was given. */
    public void add(ApplicationFeatures features, ModelScores scores) {
        double[] v = DriftColumns.values(features, scores);
        for (int c = 0; c < v.length; c++) {
            counts[c][binned.get(c).bins().binOf(v[c])]++;
        }
        for (String w : NoteWords.words(features.notesText())) {
            words[reference.vocabulary().contains(w) ? 0 : 1]++;
        }
        applications++;
    }

    public int applications() {
        return applications;
    }

    /** Share of the added notes' words outside the reference vocabulary (NaN without words). */
    public double outOfVocabularyRate() {
        long total = words[0] + words[1];
        return total == 0 ? Double.NaN : (double) words[1] / total;
    }

    /** Every column's PSI, in the reference's order; the out-of-vocabulary column is left out when no note had words. */
    public List<ColumnDrift> result() {
        List<ColumnDrift> out = new ArrayList<>();
        for (int c = 0; c < binned.size(); c++) {
            ReferenceColumn col = binned.get(c);
            out.add(new ColumnDrift(col.name(), col.kind(),
                    PopulationStability.index(col.proportions(), PopulationStability.proportions(counts[c]))));
        }
        if (words[0] + words[1] > 0) {
            ReferenceColumn oov = reference.columns().get(reference.columns().size() - 1);
            out.add(new ColumnDrift(oov.name(), oov.kind(),
                    PopulationStability.index(oov.proportions(), PopulationStability.proportions(words))));
        }
        return out;
    }
}
