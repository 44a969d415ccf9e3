package com.fintune.ml.train.step;

import java.util.Arrays;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Fast embedding lookups and row-gradient accumulation for the trainable graph, which takes the looked-up rows as
 * variables (SameDiff cannot differentiate a gather): one native {@code pullRows} per lookup, and the row gradients
 * summed per distinct id in plain Java (the per-row ND4J calls this replaces cost about half a millisecond per token).
 * The padding row never receives a gradient, as with PyTorch's {@code padding_idx}.
 */
public final class EmbeddingRows {
    private EmbeddingRows() {
    }

    /** Table rows for {@code ids}, as a new [n, width] array. */
    public static INDArray lookup(INDArray table, int[] ids) {
        return Nd4j.pullRows(table, 1, ids);
    }

    /** Sums the gradient of each looked-up row into its table row; only rows that occur are returned. */
    public static SparseRows accumulate(INDArray rowGradients, int[] ids, int paddingRow) {
        int width = (int) rowGradients.size(1);
        float[] g = rowGradients.dup('c').data().asFloat();
        int[] distinct = Arrays.stream(ids).filter(id -> id != paddingRow).distinct().sorted().toArray();
        int max = distinct.length == 0 ? 0 : distinct[distinct.length - 1];
        int[] slot = new int[max + 1];
        for (int k = 0; k < distinct.length; k++) slot[distinct[k]] = k;
        float[] values = new float[distinct.length * width];
        for (int i = 0; i < ids.length; i++) {
            if (ids[i] == paddingRow) continue;
            int dst = slot[ids[i]] * width;
            int src = i * width;
            for (int j = 0; j < width; j++) values[dst + j] += g[src + j];
        }
        return new SparseRows(distinct, values, width);
    }

    /** A dense [rows, width] gradient from sparse rows (for small tables such as the positions). */
    public static INDArray dense(SparseRows sparse, long tableRows) {
        float[] table = new float[Math.toIntExact(tableRows * sparse.width())];
        for (int k = 0; k < sparse.rows().length; k++) {
            System.arraycopy(sparse.values(), k * sparse.width(), table, sparse.rows()[k] * sparse.width(),
                    sparse.width());
        }
        return Nd4j.create(table, new long[]{tableRows, sparse.width()}, DataType.FLOAT);
    }
}
