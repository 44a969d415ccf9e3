package com.fintune.ml.train.mlm;

import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

/**
 * The token ids that occur in the pre-training corpus (specials excluded). The LM head predicts over these only:
 * the synthetic lender's text uses a few thousand of roberta-base's 50,265 tokens, and a softmax over the rest
 * would cost 10-20 times more for targets that never occur.
 */
public final class CorpusVocabulary {
    private final int[] tokenIds;
    private final int[] indexOfToken;

    private CorpusVocabulary(int[] tokenIds, int vocabSize) {
        this.tokenIds = tokenIds;
        this.indexOfToken = new int[vocabSize];
        Arrays.fill(indexOfToken, -1);
        for (int i = 0; i < tokenIds.length; i++) indexOfToken[tokenIds[i]] = i;
    }

    /** @param special ids never predicted (bos, eos, pad, mask) */
    public static CorpusVocabulary of(List<int[]> texts, int vocabSize, int... special) {
        TreeSet<Integer> ids = new TreeSet<>();
        for (int[] t : texts) for (int id : t) ids.add(id);
        for (int s : special) ids.remove(s);
        return new CorpusVocabulary(ids.stream().mapToInt(Integer::intValue).toArray(), vocabSize);
    }

    public static CorpusVocabulary fromIds(int[] tokenIds, int vocabSize) {
        return new CorpusVocabulary(tokenIds.clone(), vocabSize);
    }

    public int size() {
        return tokenIds.length;
    }

    /** Index of a token among the corpus tokens, or -1 if the corpus never had it. */
    public int indexOf(int tokenId) {
        return tokenId >= 0 && tokenId < indexOfToken.length ? indexOfToken[tokenId] : -1;
    }

    public int tokenAt(int index) {
        return tokenIds[index];
    }

    public int[] tokenIds() {
        return tokenIds.clone();
    }
}
