package com.fintune.ml.model.graph;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Embedding lookups and their gradients, done outside the trainable graph. SameDiff 1.0.0-M2.1 cannot differentiate a
 * gather: building the gradient of two gathers fails ("Unable to replace samediff namespace"), and one gather's
 * gradient lands on the wrong rows and does not add up repeated ids. So the trainable graph holds the looked-up rows
 * in two variables ({@link GraphNames#WORD_ROWS}, {@link GraphNames#POSITION_ROWS}) whose arrays are replaced for each
 * batch (placeholders would not do: SameDiff returns no gradient for them), SameDiff returns the gradient of those rows, and {@link #scatterAdd} adds each row's gradient into its table row. The padding row gets no gradient,
 * as with PyTorch's {@code padding_idx}.
 */
public final class EmbeddingGradients {
    private EmbeddingGradients() {
    }

    /** The table rows for {@code ids}, as [n, hidden]. */
    public static INDArray lookup(INDArray table, int[] ids) {
        return table.getRows(ids);
    }

    /**
     * @param rowGradients [n, hidden] gradient of each gathered row
     * @param flat         [n] the table row each gathered row came from
     * @param tableRows    rows of the table
     * @param paddingRow   row that never receives a gradient
     */
    public static INDArray scatterAdd(INDArray rowGradients, int[] flat, long tableRows, int paddingRow) {
        long hidden = rowGradients.size(1);
        INDArray table = Nd4j.zeros(DataType.FLOAT, tableRows, hidden);
        for (int i = 0; i < flat.length; i++) {
            if (flat[i] != paddingRow) {
                table.getRow(flat[i]).addi(rowGradients.getRow(i));
            }
        }
        return table;
    }
}
