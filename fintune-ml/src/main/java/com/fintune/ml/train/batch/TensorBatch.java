package com.fintune.ml.train.batch;

import java.util.List;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A padded batch as the graph's placeholders want it: ids and mask INT [batch, seq], reasons FLOAT [batch, k],
 * risk FLOAT [batch] (0-100).
 */
public record TensorBatch(INDArray inputIds, INDArray attentionMask, INDArray reasonLabels, INDArray riskTargets,
                          int tokens) {

    public static TensorBatch of(List<EncodedExample> examples, int padId) {
        int n = examples.size();
        int seq = examples.stream().mapToInt(EncodedExample::length).max().orElse(0);
        int k = examples.get(0).reasons().length;
        int[] ids = new int[n * seq];
        int[] mask = new int[n * seq];
        float[] labels = new float[n * k];
        float[] risk = new float[n];
        int tokens = 0;
        for (int i = 0; i < n; i++) {
            EncodedExample e = examples.get(i);
            for (int t = 0; t < seq; t++) {
                boolean real = t < e.length();
                ids[i * seq + t] = real ? e.tokenIds()[t] : padId;
                mask[i * seq + t] = real ? 1 : 0;
            }
            tokens += e.length();
            System.arraycopy(e.reasons(), 0, labels, i * k, k);
            risk[i] = e.riskTarget();
        }
        return new TensorBatch(Nd4j.create(ids, new long[]{n, seq}, DataType.INT),
                Nd4j.create(mask, new long[]{n, seq}, DataType.INT),
                Nd4j.create(labels, new long[]{n, k}, DataType.FLOAT),
                Nd4j.create(risk, new long[]{n}, DataType.FLOAT), tokens);
    }

    public int size() {
        return (int) inputIds.size(0);
    }
}
