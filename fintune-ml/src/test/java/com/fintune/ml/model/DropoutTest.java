package com.fintune.ml.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fintune.ml.model.checkpoint.Checkpoint;
import com.fintune.ml.model.graph.LossWeights;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** Dropout is on only in training passes; evaluation passes are deterministic and equal to the dropout-free model. */
class DropoutTest {
    @Test
    void trainingPassesAreNoisyEvaluationIsExact() {
        JsonNode t = TinyRoberta.reference().get("training");
        TrainingBatch batch = TrainingReferenceTest.batch(t);
        TrainableRoberta withDropout = new TrainableRoberta(Checkpoint.load(TinyRoberta.dir()).weights(),
                LossWeights.DEFAULT, 0.3);
        double reference = t.get("loss").asDouble();
        assertEquals(reference, withDropout.loss(batch).loss(), 1e-4, "evaluation ignores dropout");
        assertEquals(reference, withDropout.gradients(batch, false).loss().loss(), 1e-4);
        double first = withDropout.gradients(batch, true).loss().loss();
        double second = withDropout.gradients(batch, true).loss().loss();
        assertNotEquals(first, second, "fresh dropout masks each training pass");
        assertNotEquals(reference, first, 1e-6);
    }
}
