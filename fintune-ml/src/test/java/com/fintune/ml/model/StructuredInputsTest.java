package com.fintune.ml.model;

import com.fintune.ml.model.checkpoint.Checkpoint;
import com.fintune.ml.model.checkpoint.ModelWeights;
import com.fintune.ml.model.checkpoint.TensorDType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Structured inputs: their statistics, their standardisation, and how a model reads them beside its text. */
class StructuredInputsTest {
    private static final List<String> NAMES = List.of("dti", "score", "constant");

    private static StructuredInputs fitted() {
        return StructuredInputs.fit(NAMES, List.of(new double[]{30, 700, 1}, new double[]{50, 600, 1},
                new double[]{40, 650, 1}));
    }

    @Test
    void standardisesWithTheTrainingMeanAndDeviationAndClipsOutliers() {
        StructuredInputs s = fitted();
        assertArrayEquals(new double[]{40, 650, 1}, s.mean(), 1e-12);
        assertEquals(Math.sqrt(200.0 / 3), s.scale()[0], 1e-12);
        assertEquals(1.0, s.scale()[2], 0.0, "a constant column is not divided by zero");
        float[] z = s.standardize(new double[]{50, 650, 1});
        assertEquals(10 / Math.sqrt(200.0 / 3), z[0], 1e-6);
        assertEquals(0f, z[1]);
        assertEquals(StructuredInputs.CLIP, s.standardize(new double[]{1e9, 650, 1})[0], 0.0);
    }

    @Test
    void aRowOfTheWrongWidthOrANonNumberIsRefusedByName() {
        StructuredInputs s = fitted();
        assertThrows(IllegalArgumentException.class, () -> s.standardize(new double[]{1, 2}));
        assertThrows(IllegalArgumentException.class, () -> s.standardize(null));
        IllegalArgumentException nan = assertThrows(IllegalArgumentException.class,
                () -> s.standardize(new double[]{Double.NaN, 1, 1}));
        assertTrue(nan.getMessage().contains("dti"), nan.getMessage());
    }

    @Test
    void aWidenedModelStartsOutComputingWhatTheTextOnlyModelComputes() {
        ModelWeights textOnly = ModelWeights.random(RobertaConfig.ofShape(60, 16, 1, 2, 32, 40,
                List.of("A", "B", "C")), 7);
        ModelWeights widened = textOnly.withStructuredInputs(fitted());
        assertEquals(16 + 3, widened.get("reasons_head.dense.weight").size(1));
        assertEquals(16 + 3, widened.config().headInputWidth());
        int[][] ids = {{0, 11, 12, 13, 2}, {0, 21, 2, 1, 1}};
        int[][] mask = {{1, 1, 1, 1, 1}, {1, 1, 1, 0, 0}};
        ModelOutput before = new RobertaEncoder(textOnly).forward(new TokenBatch(ids, mask));
        float[][] inputs = {fitted().standardize(new double[]{55, 580, 1}), fitted().standardize(new double[]{20, 800, 1})};
        ModelOutput after = new RobertaEncoder(widened).forward(new TokenBatch(ids, mask, inputs));
        for (int b = 0; b < 2; b++) {
            assertArrayEquals(before.reasonLogits()[b], after.reasonLogits()[b], 1e-6f);
        }
        assertArrayEquals(before.riskScores(), after.riskScores(), 1e-4f);
        widened.get("risk_head.dense.weight").putScalar(0, 16, 0.5);
        ModelOutput moved = new RobertaEncoder(widened).forward(new TokenBatch(ids, mask, inputs));
        assertFalse(Math.abs(moved.riskScores()[0] - after.riskScores()[0]) < 1e-6,
                "once the structured columns are non-zero, the inputs change the answer");
    }

    @Test
    void aModelThatReadsStructuredInputsRefusesABatchWithoutThem() {
        ModelWeights widened = ModelWeights.random(RobertaConfig.ofShape(60, 16, 1, 2, 32, 40,
                List.of("A", "B")), 7).withStructuredInputs(fitted());
        RobertaEncoder encoder = new RobertaEncoder(widened);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> encoder.forward(new TokenBatch(new int[][]{{0, 5, 2}}, new int[][]{{1, 1, 1}})));
        assertTrue(e.getMessage().contains("3 structured inputs"), e.getMessage());
        RobertaEncoder textOnly = new RobertaEncoder(ModelWeights.random(RobertaConfig.ofShape(60, 16, 1, 2, 32, 40,
                List.of("A", "B")), 7));
        assertThrows(IllegalArgumentException.class, () -> textOnly.forward(new TokenBatch(new int[][]{{0, 5, 2}},
                new int[][]{{1, 1, 1}}, new float[][]{{0, 0, 0}})));
    }

    @Test
    void configJsonKeepsTheStatisticsExactly(@TempDir Path dir) {
        ModelWeights widened = ModelWeights.random(RobertaConfig.ofShape(60, 16, 1, 2, 32, 40,
                List.of("A", "B")), 7).withStructuredInputs(fitted());
        new Checkpoint(widened.config(), widened, null).save(dir, TensorDType.F32);
        Checkpoint back = Checkpoint.load(dir);
        assertEquals(fitted(), back.config().structured());
        assertEquals(widened.get("reasons_head.dense.weight"), back.weights().get("reasons_head.dense.weight"));
    }
}
