package com.fintune.ml.model.bench;

import com.fintune.ml.model.ExtraOutput;
import com.fintune.ml.model.checkpoint.Checkpoint;
import com.fintune.ml.model.predict.Predictor;
import com.fintune.ml.model.predict.PredictorInput;
import com.fintune.ml.model.predict.PredictorSettings;
import com.fintune.ml.tokenizer.TextTokenizer;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * Resident memory of a loaded {@link Predictor} and whether a long run of predictions grows it: RSS before loading,
 * after loading (the model's footprint), then every {@code every} predictions of varied texts, one call each.
 */
public final class MemoryCheck {
    /**
     * Memory at a number of predictions done, in MB: process RSS, Java heap used and committed; RSS minus committed
     * heap is what lives outside the heap (ND4J's native arrays, JIT code, allocator arenas).
     */
    public record Sample(int predictions, double rssMb, double javaHeapUsedMb, double javaHeapCommittedMb) {
        public double outsideHeapMb() {
            return Math.round((rssMb - javaHeapCommittedMb) * 10) / 10.0;
        }
    }

    /**
     * @param growthAfterFirstSampleMb RSS at the end minus RSS at the first sample after the loop started
     */
    public record Result(double rssBeforeLoadMb, double rssAfterLoadMb, double modelFootprintMb, long parameters,
                         int predictions, List<Sample> samples, double growthAfterFirstSampleMb, double millisPerPrediction) {
    }

    private MemoryCheck() {
    }

    public static Result run(Checkpoint checkpoint, TextTokenizer tokenizer, PredictorSettings settings,
                             int predictions, int every, IntConsumer progress) {
        System.gc();
        double before = ResidentMemory.megabytes();
        Predictor predictor = new Predictor(checkpoint, tokenizer, settings);
        double afterLoad = ResidentMemory.megabytes();
        List<String> texts = texts();
        // a model with structured inputs reads the training mean beside each text (its cost does not depend on it)
        double[] typical = checkpoint.config().structured() == null ? null : checkpoint.config().structured().mean();
        List<Sample> samples = new ArrayList<>();
        long t0 = System.nanoTime();
        for (int i = 1; i <= predictions; i++) {
            predictor.predictInputs(List.of(new PredictorInput(texts.get(i % texts.size()), typical)),
                    EnumSet.noneOf(ExtraOutput.class));
            if (i % every == 0 || i == predictions) {
                Runtime rt = Runtime.getRuntime();
                samples.add(new Sample(i, ResidentMemory.megabytes(), mb(rt.totalMemory() - rt.freeMemory()),
                        mb(rt.totalMemory())));
                progress.accept(i);
            }
        }
        double ms = (System.nanoTime() - t0) / 1e6 / predictions;
        double growth = samples.get(samples.size() - 1).rssMb() - samples.get(0).rssMb();
        return new Result(before, afterLoad, Math.round((afterLoad - before) * 10) / 10.0, predictor.parameterCount(),
                predictions, samples, Math.round(growth * 10) / 10.0, Math.round(ms * 1000) / 1000.0);
    }

    private static double mb(long bytes) {
        return Math.round(bytes / 1048576.0 * 10) / 10.0;
    }

    /** Underwriter-style notes of different lengths. */
    private static List<String> texts() {
        String[] parts = {"Applicant requests a 30-year fixed loan of $%d.", "Debt-to-income ratio is %d%%.",
                "Two late payments in the last %d months.", "Employment verified for %d years.",
                "Appraisal came in $%d below the contract price.", "Reserves cover %d months of payments."};
        List<String> out = new ArrayList<>();
        for (int i = 0; i < 97; i++) {
            StringBuilder sb = new StringBuilder();
            for (int j = 0; j <= i % 12; j++) {
                sb.append(String.format(parts[(i + j) % parts.length], 1000 + 37 * i * (j + 1))).append(' ');
            }
            out.add(sb.toString().trim());
        }
        return out;
    }
}
