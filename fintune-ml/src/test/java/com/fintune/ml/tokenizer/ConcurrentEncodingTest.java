package com.fintune.ml.tokenizer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** One tokenizer shared by many threads gives each the same ids as a lone thread, and its cache stays bounded. */
class ConcurrentEncodingTest {

    @Test
    void sharedTokenizerGivesEveryThreadTheSameIds() throws Exception {
        RobertaTokenizer shared = RobertaTokenizer.load(TokenizerFixtures.tokenizerJson());
        List<String> texts = new ArrayList<>();
        for (TokenizerFixtures.Case c : TokenizerFixtures.cases()) {
            texts.add(c.text());
        }
        for (int i = 0; i < 300; i++) {
            texts.add("Applicant " + i + " reported income of $" + (i * 1337) + " and DTI " + (i % 60) + "%.");
        }
        RobertaTokenizer reference = RobertaTokenizer.load(TokenizerFixtures.tokenizerJson());
        List<int[]> expected = texts.stream().map(t -> reference.encode(t, true)).toList();

        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<int[]>>> results = new ArrayList<>();
            for (int thread = 0; thread < 8; thread++) {
                int offset = thread * 37;
                results.add(pool.submit(() -> {
                    List<int[]> ids = new ArrayList<>();
                    for (int round = 0; round < 5; round++) {
                        for (int i = 0; i < texts.size(); i++) {
                            ids.add(shared.encode(texts.get((i + offset) % texts.size()), true));
                        }
                    }
                    return ids;
                }));
            }
            for (int thread = 0; thread < 8; thread++) {
                List<int[]> ids = results.get(thread).get();
                for (int k = 0; k < ids.size(); k++) {
                    int index = (k % texts.size() + thread * 37) % texts.size();
                    assertArrayEquals(expected.get(index), ids.get(k), "thread " + thread + " text " + index);
                }
            }
        } finally {
            pool.shutdownNow();
        }
        assertTrue(shared.cachedWords() > 0 && shared.cachedWords() <= WordCache.DEFAULT_CAPACITY);
    }

    @Test
    void cacheStopsGrowingAtItsCapacity() {
        WordCache cache = new WordCache(3);
        for (int i = 0; i < 10; i++) {
            cache.put("word" + i, new int[] {i});
        }
        assertTrue(cache.size() == 3);
        assertArrayEquals(new int[] {0}, cache.get("word0"));
        assertTrue(cache.get("word9") == null);
    }
}
