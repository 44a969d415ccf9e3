package com.fintune.ml.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fintune.ml.model.checkpoint.Checkpoint;
import com.fintune.ml.model.checkpoint.ParameterLayout;
import com.fintune.ml.model.graph.LossWeights;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/**
 * The backward pass fine-tuning uses: reference.json's loss, gradient samples, gradient norm, and the loss after one
 * plain SGD step (lr 0.1) on every parameter, embeddings included.
 */
class TrainingReferenceTest {

    @Test
    void lossGradientsAndOneSgdStepMatchReference() {
        JsonNode t = TinyRoberta.reference().get("training");
        JsonNode atol = t.get("atol");
        TrainableRoberta model = new TrainableRoberta(Checkpoint.load(TinyRoberta.dir()).weights(),
                new LossWeights(1.0, t.get("risk_loss_weight").asDouble()), 0.0);
        TrainingBatch batch = batch(t);

        GradientResult r = model.gradients(batch, true);
        assertEquals(t.get("loss").asDouble(), r.loss().loss(), atol.get("loss").asDouble(), "loss");
        assertEquals(t.get("bce").asDouble(), r.loss().reasonsBce(), atol.get("loss").asDouble(), "bce");
        assertEquals(t.get("mse").asDouble(), r.loss().riskMse(), atol.get("loss").asDouble(), "mse");
        assertEquals(t.get("grad_global_l2_norm").asDouble(), r.globalL2Norm(),
                atol.get("grad_global_l2_norm").asDouble(), "gradient L2 norm");
        assertGradSamples(t.get("grad_samples"), r.gradients(), atol.get("grad_samples").asDouble());
        assertEquals(ParameterLayout.shapes(model.config()).keySet(), r.gradients().keySet());

        double lr = t.get("lr").asDouble();
        for (Map.Entry<String, INDArray> p : model.parameters().entrySet()) {
            p.getValue().subi(r.gradients().get(p.getKey()).mul(lr));
        }
        LossValues after = model.loss(batch);
        assertEquals(t.get("loss_after_one_sgd_step").asDouble(), after.loss(),
                atol.get("loss_after_one_sgd_step").asDouble(), "loss after one SGD step");
        assertEquals(t.get("bce_after_step").asDouble(), after.reasonsBce(), 1e-3, "bce after step");
        assertEquals(t.get("mse_after_step").asDouble(), after.riskMse(), 1e-3, "mse after step");
    }

    @Test
    void inferenceEncoderSeesTheTrainersInPlaceUpdates() {
        JsonNode t = TinyRoberta.reference().get("training");
        TrainableRoberta model = new TrainableRoberta(Checkpoint.load(TinyRoberta.dir()).weights(), LossWeights.DEFAULT,
                0.1);
        RobertaEncoder encoder = new RobertaEncoder(model.weights());
        TrainingBatch batch = batch(t);
        float before = encoder.forward(batch.tokens()).riskScores()[0];
        GradientResult r = model.gradients(batch, true);
        assertSame(model.parameters().get("risk_head.out_proj.bias"), encoder.weights().get("risk_head.out_proj.bias"));
        model.parameters().get("risk_head.out_proj.bias").addi(1.0);
        float after = encoder.forward(batch.tokens()).riskScores()[0];
        org.junit.jupiter.api.Assertions.assertTrue(after > before + 1, "risk rises when the head's bias rises");
        org.junit.jupiter.api.Assertions.assertTrue(r.loss().loss() > 0);
    }

    static TrainingBatch batch(JsonNode t) {
        int[][] ids = TinyRoberta.ints(t.get("input_ids"));
        int[][] mask = TinyRoberta.ints(t.get("attention_mask"));
        JsonNode targets = t.get("risk_targets");
        float[] risk = new float[targets.size()];
        for (int i = 0; i < risk.length; i++) {
            risk[i] = (float) targets.get(i).asDouble();
        }
        return new TrainingBatch(new TokenBatch(ids, mask), TrainingBatch.multiHot(TinyRoberta.ints(t.get("labels")),
                12), risk);
    }

    /** Keys look like {@code name}, {@code name[:4]}, {@code name[0,:4]} or {@code name[1,:4] (pad row, …)}. */
    private static void assertGradSamples(JsonNode samples, Map<String, INDArray> grads, double atol) {
        samples.fields().forEachRemaining(e -> {
            String key = e.getKey().split(" ")[0];
            String name = key.contains("[") ? key.substring(0, key.indexOf('[')) : key;
            INDArray g = grads.get(name.startsWith("roberta.") ? name.substring("roberta.".length()) : name);
            float[] flat;
            if (key.contains("[") && key.contains(",")) {
                int row = Integer.parseInt(key.substring(key.indexOf('[') + 1, key.indexOf(',')));
                flat = g.getRow(row).dup().data().asFloat();
            } else {
                flat = g.reshape(-1).dup().data().asFloat();
            }
            double[] expected = TinyRoberta.doubles(e.getValue());
            for (int i = 0; i < expected.length; i++) {
                assertEquals(expected[i], flat[i], atol, "gradient " + e.getKey() + " [" + i + "]");
            }
        });
    }
}
