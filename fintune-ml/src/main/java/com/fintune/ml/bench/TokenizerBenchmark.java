package com.fintune.ml.bench;

import com.fintune.ml.tokenizer.RobertaTokenizer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Measures tokenizer throughput on {@link SampleNotes}: a cold pass (fresh word cache), warm single-thread passes,
 * the same without a cache, warm passes on several threads sharing one tokenizer, and padded batches of 32.
 */
public final class TokenizerBenchmark {

    /** One measured configuration: median over passes of tokens per second, with the spread. */
    public record Measurement(String name, int threads, long tokensPerPass, double medianTokensPerSecond,
                              double minTokensPerSecond, double maxTokensPerSecond) {
    }

    /** Everything one run measured. */
    public record Result(int texts, long tokensPerPass, double loadMillis, List<Measurement> measurements) {
    }

    private final Path tokenizerJson;
    private final List<String> texts;
    private final int passes;
    private final int threads;

    public TokenizerBenchmark(Path tokenizerJson, List<String> texts, int passes, int threads) {
        this.tokenizerJson = tokenizerJson;
        this.texts = List.copyOf(texts);
        this.passes = passes;
        this.threads = threads;
    }

    public Result run() throws IOException, InterruptedException {
        long start = System.nanoTime();
        RobertaTokenizer cached = RobertaTokenizer.load(tokenizerJson);
        double loadMillis = (System.nanoTime() - start) / 1e6;
        RobertaTokenizer uncached = RobertaTokenizer.load(tokenizerJson, 0);
        long tokens = tokenCount(uncached);
        List<Measurement> results = new ArrayList<>();
        results.add(measure("cold cache, 1 thread", 1, tokens, new double[] {pass(cached)}));
        warmUp(cached);
        results.add(measure("warm cache, 1 thread", 1, tokens, repeat(() -> pass(cached))));
        warmUp(uncached);
        results.add(measure("no cache, 1 thread", 1, tokens, repeat(() -> pass(uncached))));
        results.add(measure("warm cache, " + threads + " threads", threads, tokens, repeat(() -> parallelPass(cached))));
        results.add(measure("encodeBatch(32, max 512), 1 thread", 1, tokens, repeat(() -> batchPass(cached))));
        return new Result(texts.size(), tokens, loadMillis, results);
    }

    private interface Pass {
        double seconds() throws InterruptedException;
    }

    private double[] repeat(Pass pass) throws InterruptedException {
        double[] seconds = new double[passes];
        for (int i = 0; i < passes; i++) {
            seconds[i] = pass.seconds();
        }
        return seconds;
    }

    private void warmUp(RobertaTokenizer tokenizer) {
        for (int i = 0; i < 2; i++) {
            pass(tokenizer);
        }
    }

    private long tokenCount(RobertaTokenizer tokenizer) {
        long tokens = 0;
        for (String text : texts) {
            tokens += tokenizer.encode(text, true).length;
        }
        return tokens;
    }

    private double pass(RobertaTokenizer tokenizer) {
        long start = System.nanoTime();
        long sink = 0;
        for (String text : texts) {
            sink += tokenizer.encode(text, true).length;
        }
        return elapsed(start, sink);
    }

    private double batchPass(RobertaTokenizer tokenizer) {
        long start = System.nanoTime();
        long sink = 0;
        for (int from = 0; from < texts.size(); from += 32) {
            sink += tokenizer.encodeBatch(texts.subList(from, Math.min(texts.size(), from + 32)), 512).sequenceLength();
        }
        return elapsed(start, sink);
    }

    private double parallelPass(RobertaTokenizer tokenizer) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long start = System.nanoTime();
            List<Future<Long>> parts = new ArrayList<>();
            int share = (texts.size() + threads - 1) / threads;
            for (int t = 0; t < threads; t++) {
                List<String> slice = texts.subList(Math.min(texts.size(), t * share), Math.min(texts.size(), (t + 1) * share));
                parts.add(pool.submit(() -> slice.stream().mapToLong(text -> tokenizer.encode(text, true).length).sum()));
            }
            long sink = 0;
            for (Future<Long> part : parts) {
                sink += part.get();
            }
            return elapsed(start, sink);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("a benchmark thread failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static double elapsed(long startNanos, long sink) {
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        if (sink < 0) {
            throw new IllegalStateException("impossible token count"); // keeps the work observable to the JIT
        }
        return seconds;
    }

    private static Measurement measure(String name, int threads, long tokens, double[] seconds) {
        double[] rates = Arrays.stream(seconds).map(s -> tokens / s).sorted().toArray();
        return new Measurement(name, threads, tokens, rates[rates.length / 2], rates[0], rates[rates.length - 1]);
    }
}
