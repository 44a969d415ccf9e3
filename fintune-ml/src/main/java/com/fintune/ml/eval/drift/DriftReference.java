package com.fintune.ml.eval.drift;

import com.fintune.ml.features.ApplicationFeatures;
import com.fintune.ml.serving.ModelScores;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What served applications are compared with: the bins and proportions of every drift column on the data a model
 * was trained on (or data of the same source), scored by that model, and the vocabulary of its notes.
 *
 * @param modelVersion        the version of the model whose scores the SCORE and REASON columns hold
 * @param source              where the reference data came from, in words
 * @param applications        how many applications it holds
 * @param columns             the binned columns in {@link DriftColumns#names()} order, then the out-of-vocabulary
 *                            column (bins: in vocabulary, out of it)
 * @param vocabulary          the note words of the reference
 */
public record DriftReference(String modelVersion, String source, int applications, List<ReferenceColumn> columns,
                             Set<String> vocabulary) {

    public DriftReference {
        columns = List.copyOf(columns);
        vocabulary = Set.copyOf(new TreeSet<>(vocabulary));
    }

    /** Builds the reference from applications and the model's scores of them (same order). */
    public static DriftReference build(List<ApplicationFeatures> features, List<ModelScores> scores,
                                       String modelVersion, String source) {
        if (features.size() != scores.size() || features.isEmpty()) {
            throw new IllegalArgumentException("a drift reference needs applications with a score each, got "
                    + features.size() + " and " + scores.size());
        }
        List<String> names = DriftColumns.names();
        double[][] byColumn = new double[names.size()][features.size()];
        NoteWords.Counter words = new NoteWords.Counter();
        for (int i = 0; i < features.size(); i++) {
            double[] v = DriftColumns.values(features.get(i), scores.get(i));
            for (int c = 0; c < v.length; c++) {
                byColumn[c][i] = v[c];
            }
            words.add(features.get(i).notesText());
        }
        List<ReferenceColumn> columns = new ArrayList<>();
        for (int c = 0; c < names.size(); c++) {
            BinScheme bins = BinScheme.fit(byColumn[c]);
            columns.add(new ReferenceColumn(names.get(c), DriftColumns.kindOf(names.get(c)), bins,
                    PopulationStability.proportions(bins.counts(byColumn[c]))));
        }
        double oov = words.expectedOutOfVocabularyRate();
        columns.add(new ReferenceColumn(DriftColumns.OUT_OF_VOCABULARY, ColumnKind.TEXT,
                new BinScheme(new double[] {0, 1}, null), new double[] {1 - oov, oov, 0}));
        return new DriftReference(modelVersion, source, features.size(), columns, words.vocabulary());
    }

    /** The expected share of live note words outside the vocabulary. */
    public double outOfVocabularyRate() {
        return columns.get(columns.size() - 1).proportions()[1];
    }

    /** Names of the columns, in order. */
    public List<String> columnNames() {
        return columns.stream().map(ReferenceColumn::name).toList();
    }
}
