package com.fintune.ml.train.mlm;

import com.fintune.ml.model.TokenBatch;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A batch prepared for masked-language modelling: the corrupted, padded ids and mask, and for each chosen
 * position its flat index ({@code row·seq + position}) and the corpus-vocabulary index of the original token.
 */
public record MaskedBatch(int[][] inputIds, int[][] attentionMask, int[] flatPositions, int[] targets) {

    /**
     * BERT's recipe: each real token except {@code <s>} and {@code </s>} is chosen with {@code probability} (at
     * least one per text); a chosen token becomes {@code <mask>} 80 % of the time, a random corpus token 10 %, and
     * stays 10 %. Tokens outside the corpus vocabulary are never chosen.
     */
    public static MaskedBatch of(List<int[]> texts, CorpusVocabulary vocab, double probability, int maskId, int padId,
                                 Random random) {
        TokenBatch padded = TokenBatch.padded(texts, null, padId);
        int seq = texts.isEmpty() ? 0 : padded.sequenceLength();
        int[][] ids = padded.inputIds();
        int[][] mask = padded.attentionMask();
        List<Integer> positions = new ArrayList<>();
        List<Integer> targets = new ArrayList<>();
        for (int r = 0; r < texts.size(); r++) {
            int[] t = texts.get(r);
            List<Integer> chosen = new ArrayList<>();
            List<Integer> candidates = new ArrayList<>();
            for (int j = 1; j < t.length - 1; j++) {
                if (vocab.indexOf(t[j]) < 0) continue;
                candidates.add(j);
                if (random.nextDouble() < probability) chosen.add(j);
            }
            if (chosen.isEmpty() && !candidates.isEmpty()) {
                chosen.add(candidates.get(random.nextInt(candidates.size())));
            }
            for (int j : chosen) {
                positions.add(r * seq + j);
                targets.add(vocab.indexOf(t[j]));
                double u = random.nextDouble();
                if (u < 0.8) {
                    ids[r][j] = maskId;
                } else if (u < 0.9) {
                    ids[r][j] = vocab.tokenAt(random.nextInt(vocab.size()));
                }
            }
        }
        return new MaskedBatch(ids, mask, positions.stream().mapToInt(Integer::intValue).toArray(),
                targets.stream().mapToInt(Integer::intValue).toArray());
    }

    public int sequenceLength() {
        return inputIds.length == 0 ? 0 : inputIds[0].length;
    }
}
