package com.fintune.ml.model.bench;

import org.nd4j.autodiff.listeners.At;
import org.nd4j.autodiff.listeners.BaseListener;
import org.nd4j.autodiff.listeners.Operation;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.autodiff.samediff.internal.SameDiffOp;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.OpContext;
import org.nd4j.linalg.dataset.api.MultiDataSet;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** A SameDiff listener that adds up wall time per op type (matmul, softmax, …) while attached. */
public final class OpTimer extends BaseListener {
    private final Map<String, Long> nanosByOp = new HashMap<>();
    private final Map<String, Integer> callsByOp = new HashMap<>();
    private long started;

    @Override
    public boolean isActive(Operation operation) {
        return true;
    }

    @Override
    public void preOpExecution(SameDiff sd, At at, SameDiffOp op, OpContext opContext) {
        started = System.nanoTime();
    }

    @Override
    public void opExecution(SameDiff sd, At at, MultiDataSet batch, SameDiffOp op, OpContext opContext,
                            INDArray[] outputs) {
        long elapsed = System.nanoTime() - started;
        String type = op.getOp().opName();
        nanosByOp.merge(type, elapsed, Long::sum);
        callsByOp.merge(type, 1, Integer::sum);
    }

    /** Op type → share of the time spent in ops (0..1), largest first. */
    public Map<String, Double> shares() {
        double total = nanosByOp.values().stream().mapToLong(Long::longValue).sum();
        Map<String, Double> out = new LinkedHashMap<>();
        nanosByOp.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue(), a.getValue()))
                .forEach(e -> out.put(e.getKey(), Math.round(1000 * e.getValue() / total) / 1000.0));
        return out;
    }

    /** Op type → milliseconds per forward pass, given how many passes ran while attached. */
    public Map<String, Double> millisPerPass(int passes) {
        Map<String, Double> out = new LinkedHashMap<>();
        nanosByOp.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue(), a.getValue()))
                .forEach(e -> out.put(e.getKey(), Math.round(e.getValue() / 1e4 / passes) / 100.0));
        return out;
    }

    public int opCallsPerPass(int passes) {
        return callsByOp.values().stream().mapToInt(Integer::intValue).sum() / passes;
    }
}
