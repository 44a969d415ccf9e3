package com.fintune.assessment.application;

import com.fintune.assessment.infrastructure.MicroBatcher;
import com.fintune.assessment.infrastructure.RuntimeSettings;
import com.fintune.ml.data.generator.GeneratorOptions;
import com.fintune.ml.data.generator.SyntheticLender;
import com.fintune.ml.features.ApplicationFeatures;
import com.fintune.ml.features.FeaturePipeline;
import com.fintune.ml.serving.EncoderScoringModel;
import com.fintune.ml.serving.ModelScores;
import com.fintune.ml.serving.ScoringModel;
import jakarta.enterprise.concurrent.ManagedThreadFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

/**
 * One loaded model version with its own micro-batcher, so that versions never share a batch (a batch runs through
 * one encoder) and a slow version does not hold up the others.
 */
final class LoadedModel implements AutoCloseable {

    private final ScoringModel model;
    private final MicroBatcher<ApplicationFeatures, ModelScores> batcher;
    private final ServedModel served;

    private LoadedModel(ScoringModel model, MicroBatcher<ApplicationFeatures, ModelScores> batcher, ServedModel served) {
        this.model = model;
        this.batcher = batcher;
        this.served = served;
    }

    /**
     * Loads the checkpoint in {@code dir}, starts its micro-batcher and runs one synthetic application through it,
     * so a broken checkpoint fails here and not on the first request.
     *
     * @param name      the first part of its version
     * @param tokenizer a tokenizer.json to use instead of the checkpoint's own, or null
     */
    static LoadedModel load(String name, Path dir, Path tokenizer, RuntimeSettings settings,
                            ManagedThreadFactory threads, PredictionMetrics metrics) throws Exception {
        ScoringModel model = EncoderScoringModel.load(name, dir, tokenizer, settings.maxLength());
        MicroBatcher<ApplicationFeatures, ModelScores> batcher = null;
        try {
            batcher = new MicroBatcher<>(model::score, settings.maxBatch(), settings.maxWait(), settings.workers(),
                    settings.queueCapacity(), threads, metrics::batchRan);
            batcher.submit(warmUpApplication()).get(5, TimeUnit.MINUTES);
            Path weights = dir.resolve("model.safetensors");
            long bytes = Files.isRegularFile(weights) ? Files.size(weights) : 0L;
            return new LoadedModel(model, batcher, new ServedModel(model.version(), dir, bytes, Instant.now()));
        } catch (Exception e) {
            if (batcher != null) {
                batcher.close();
            }
            model.close();
            throw e;
        }
    }

    /** The tokenizer a registered checkpoint reads with: its own tokenizer.json, else the configured one. */
    static Path tokenizerFor(Path dir, RuntimeSettings settings) throws IOException {
        if (Files.isRegularFile(dir.resolve("tokenizer.json"))) {
            return null;
        }
        return settings.tokenizerJson().map(Path::of)
                .orElseThrow(() -> new IOException(dir + " has no tokenizer.json and fintune.model.tokenizer names "
                        + "none"));
    }

    /** One synthetic application, to run the batcher and the model once before the first request. */
    private static ApplicationFeatures warmUpApplication() {
        return new FeaturePipeline().extract(new SyntheticLender(GeneratorOptions.withSeed(1)).generate(1).get(0)
                .application());
    }

    String version() {
        return served.version();
    }

    ScoringModel model() {
        return model;
    }

    MicroBatcher<ApplicationFeatures, ModelScores> batcher() {
        return batcher;
    }

    ServedModel served() {
        return served;
    }

    @Override
    public void close() {
        batcher.close();
        model.close();
    }
}
