package com.fintune.ml.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fintune.ml.data.LabeledApplication;
import com.fintune.ml.data.generator.GeneratorOptions;
import com.fintune.ml.data.generator.SyntheticLender;
import com.fintune.ml.eval.Evaluation;
import com.fintune.ml.eval.EvaluationJson;
import com.fintune.ml.eval.EvaluationReport;
import com.fintune.ml.model.checkpoint.Checkpoint;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The shipped model still computes the metrics recorded when it was trained, on a fixed sample (the first 200
 * applications of the synthetic lender with seed 2, recorded in {@code regression-sample.json} by
 * {@code fintune evaluate --generate 200 --generator-seed 2 --no-baseline --json …}). Tolerances: macro-F1 and
 * top-1 accuracy ±0.005, risk MAE ±0.05 points — enough for float rounding across CPUs, far less than any real
 * change to the weights, tokenizer or feature text moves them.
 */
class ShippedModelMetricsTest {
    static final Path MODEL = Path.of(System.getProperty("fintune.repo", ".."), "models", "fintune-default");

    @Test
    void shippedModelReproducesItsRecordedSampleMetrics() throws Exception {
        Path recorded = MODEL.resolve("regression-sample.json");
        assumeTrue(Files.isRegularFile(recorded) && Files.isRegularFile(MODEL.resolve("model.safetensors")),
                "no shipped model in " + MODEL);
        EvaluationReport expected = EvaluationJson.read(recorded);
        List<LabeledApplication> sample = new SyntheticLender(GeneratorOptions.withSeed(2)).generate(200);
        Evaluation actual = new ModelEvaluation(expected.encoder().reasons().threshold())
                .encoder(expected.encoder().model(), Checkpoint.load(MODEL), sample);
        assertEquals(expected.encoder().applications(), actual.applications());
        assertEquals(expected.encoder().reasons().macroF1(), actual.reasons().macroF1(), 0.005, "macro-F1");
        assertEquals(expected.encoder().principal().top1Accuracy(), actual.principal().top1Accuracy(), 0.005,
                "top-1 accuracy");
        assertEquals(expected.encoder().risk().mae(), actual.risk().mae(), 0.05, "risk MAE");
    }
}
