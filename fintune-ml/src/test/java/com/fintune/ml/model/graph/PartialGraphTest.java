package com.fintune.ml.model.graph;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fintune.ml.model.ModelOutput;
import com.fintune.ml.model.RobertaEncoder;
import com.fintune.ml.model.StructuredInputs;
import com.fintune.ml.model.TinyRoberta;
import com.fintune.ml.model.TokenBatch;
import com.fintune.ml.model.checkpoint.Checkpoint;
import com.fintune.ml.model.checkpoint.LoadOptions;
import com.fintune.ml.model.checkpoint.ModelWeights;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The lower part of the graph (embeddings and layers 0..k-1) followed by the upper part (layers k.. and the heads)
 * gives the whole graph's outputs, on the fixtures' tiny RoBERTa with padded batches of mixed lengths.
 */
class PartialGraphTest {

    @ParameterizedTest
    @CsvSource({"1,true", "1,false", "2,true", "2,false"})
    void lowerThenUpperEqualsTheWholeGraph(int k, boolean structured) {
        ModelWeights weights = Checkpoint.load(TinyRoberta.dir(), LoadOptions.encoderOnly(4)).weights();
        Random random = new Random(k * 31L + (structured ? 1 : 0));
        if (structured) {
            List<double[]> rows = new ArrayList<>();
            for (int i = 0; i < 20; i++) rows.add(new double[]{random.nextGaussian() * 3, random.nextDouble()});
            weights = weights.withStructuredInputs(StructuredInputs.fit(List.of("a", "b"), rows));
            // the heads' structured columns start at zero; make them matter
            for (String head : List.of("reasons_head.dense.weight", "risk_head.dense.weight")) {
                weights.get(head).addi(Nd4j.rand(weights.get(head).shape()).subi(0.5));
            }
        }
        int batch = 4;
        int seq = 11;
        int[] lengths = {11, 5, 8, 3};
        int[][] ids = new int[batch][seq];
        int[][] mask = new int[batch][seq];
        float[][] inputs = structured ? new float[batch][2] : null;
        for (int i = 0; i < batch; i++) {
            for (int j = 0; j < seq; j++) {
                boolean real = j < lengths[i];
                ids[i][j] = !real ? 1 : j == 0 ? 0 : j == lengths[i] - 1 ? 2 : 3 + random.nextInt(50_000);
                mask[i][j] = real ? 1 : 0;
            }
            if (structured) inputs[i] = new float[]{(float) random.nextGaussian(), (float) random.nextGaussian()};
        }
        ModelOutput whole = new RobertaEncoder(weights).forward(new TokenBatch(ids, mask, inputs));

        SameDiff lower = RobertaGraphBuilder.build(weights, GraphOptions.lowerLayers(k));
        assertFalse(lower.hasVariable("reasons_head.dense.weight"), "the lower part has no heads");
        Map<String, INDArray> feed = new HashMap<>();
        feed.put(GraphNames.INPUT_IDS, Nd4j.createFromArray(ids));
        feed.put(GraphNames.ATTENTION_MASK, Nd4j.createFromArray(mask));
        INDArray states = lower.output(feed, GraphNames.HIDDEN_STATES_OUT).get(GraphNames.HIDDEN_STATES_OUT);
        assertArrayEquals(new long[]{batch * seq, weights.config().hiddenSize()}, states.shape());
        // padding rows carry no information: replace them by garbage and the answer must not move
        INDArray fed = states.dup();
        for (int i = 0; i < batch; i++) {
            for (int j = lengths[i]; j < seq; j++) fed.getRow((long) i * seq + j).assign(1e3 * (j + 1));
        }

        SameDiff upper = RobertaGraphBuilder.build(weights, GraphOptions.upperInference(k));
        assertFalse(upper.hasVariable("embeddings.LayerNorm.weight"), "the upper part has no embeddings");
        assertFalse(upper.hasVariable("encoder.layer.0.output.dense.weight"), "nor the lower layers");
        Map<String, INDArray> upperFeed = new HashMap<>();
        upperFeed.put(GraphNames.HIDDEN_STATES_IN, fed);
        upperFeed.put(GraphNames.ATTENTION_MASK, Nd4j.createFromArray(mask));
        if (structured) upperFeed.put(GraphNames.STRUCTURED_INPUTS, Nd4j.createFromArray(inputs));
        Map<String, INDArray> out = upper.output(upperFeed, GraphNames.REASON_LOGITS, GraphNames.RISK_SCORE);
        float[][] logits = out.get(GraphNames.REASON_LOGITS).toFloatMatrix();
        float[] risk = out.get(GraphNames.RISK_SCORE).toFloatVector();
        for (int i = 0; i < batch; i++) {
            assertArrayEquals(whole.reasonLogits()[i], logits[i], 1e-5f, "logits of row " + i);
        }
        assertArrayEquals(whole.riskScores(), risk, 1e-4f);
        assertEquals(batch, logits.length);
    }
}
