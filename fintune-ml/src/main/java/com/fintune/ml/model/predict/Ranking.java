package com.fintune.ml.model.predict;

import com.fintune.ml.taxonomy.ReasonCategory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Ranks reasons by probability and cuts one sequence's attentions out of a padded batch. */
final class Ranking {
    private Ranking() {
    }

    static List<ReasonScore> rank(float[] probabilities) {
        List<ReasonScore> scores = new ArrayList<>(probabilities.length);
        for (int i = 0; i < probabilities.length; i++) {
            scores.add(new ReasonScore(ReasonCategory.fromIndex(i), probabilities[i]));
        }
        scores.sort(Comparator.comparingDouble((ReasonScore s) -> -s.probability())
                .thenComparingInt(s -> s.category().index()));
        return List.copyOf(scores);
    }

    /** Per layer [head][query][key] over the first {@code length} (real) tokens of batch row {@code b}. */
    static List<float[][][]> attentionsOf(List<float[][][][]> batch, int b, int length) {
        List<float[][][]> out = new ArrayList<>(batch.size());
        for (float[][][][] layer : batch) {
            float[][][] heads = new float[layer[b].length][length][];
            for (int h = 0; h < heads.length; h++) {
                for (int q = 0; q < length; q++) {
                    heads[h][q] = java.util.Arrays.copyOf(layer[b][h][q], length);
                }
            }
            out.add(heads);
        }
        return out;
    }
}
