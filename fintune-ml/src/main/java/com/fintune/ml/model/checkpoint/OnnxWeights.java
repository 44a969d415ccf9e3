package com.fintune.ml.model.checkpoint;

import onnx.Onnx;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the weights of a Hugging Face BERT/RoBERTa encoder exported to ONNX (e.g. all-MiniLM-L6-v2) as tensors under
 * Hugging Face names. The ModelProto is parsed with the ONNX protobuf classes that nd4j-api already ships ({@code
 * onnx.Onnx}, on its shaded protobuf runtime), so no protobuf library is added and no bytes are parsed by hand.
 * Initializers named like the PyTorch parameters keep their names (a {@code bert.}/{@code roberta.} prefix is left
 * for {@link HuggingFaceNames} to strip); linear weights that the exporter stored under generated names such as
 * {@code onnx::MatMul_787} in {@code [in, out]} layout are named after the MatMul node that reads them
 * ({@code /encoder/layer.0/attention/self/query/MatMul} → {@code encoder.layer.0.attention.self.query.weight}) and
 * transposed to PyTorch's {@code [out, in]}. Non-float initializers (the {@code position_ids} buffer) are skipped.
 */
public final class OnnxWeights {
    private static final int FLOAT = Onnx.TensorProto.DataType.FLOAT_VALUE;

    private OnnxWeights() {
    }

    /** Name → float32 tensor, from an ONNX file's bytes. */
    public static Map<String, TensorData> read(byte[] onnxFile) {
        Onnx.GraphProto graph;
        try {
            graph = Onnx.ModelProto.parseFrom(onnxFile).getGraph();
        } catch (IOException e) {
            throw new CheckpointException("not an ONNX model file: " + e.getMessage(), e);
        }
        Map<String, String> matMulReaders = new HashMap<>();
        for (Onnx.NodeProto node : graph.getNodeList()) {
            if (node.getOpType().equals("MatMul")) {
                for (String input : node.getInputList()) {
                    matMulReaders.put(input, node.getName());
                }
            }
        }
        Map<String, TensorData> out = new LinkedHashMap<>();
        for (Onnx.TensorProto t : graph.getInitializerList()) {
            if (t.getDataType() != FLOAT) {
                continue;
            }
            String node = matMulReaders.get(t.getName());
            boolean generated = !t.getName().contains(".weight") && !t.getName().contains(".bias");
            TensorData tensor;
            if (generated && node != null && t.getDimsCount() == 2) {
                tensor = transposed(linearName(node), t);
            } else if (generated) {
                throw new CheckpointException("ONNX initializer " + t.getName() + " has no Hugging Face name and no"
                        + " MatMul node reads it");
            } else {
                tensor = new TensorData(t.getName(), shape(t.getDimsList()), values(t));
            }
            if (out.put(tensor.name(), tensor) != null) {
                throw new CheckpointException("ONNX file holds two tensors for " + tensor.name());
            }
        }
        return out;
    }

    /** {@code /encoder/layer.0/attention/self/query/MatMul} → {@code encoder.layer.0.attention.self.query.weight}. */
    static String linearName(String nodeName) {
        String n = nodeName.startsWith("/") ? nodeName.substring(1) : nodeName;
        int last = n.lastIndexOf('/');
        if (last < 0) {
            throw new CheckpointException("ONNX MatMul node " + nodeName + " does not name its layer");
        }
        return n.substring(0, last).replace('/', '.') + ".weight";
    }

    private static TensorData transposed(String name, Onnx.TensorProto t) {
        int in = (int) t.getDims(0);
        int out = (int) t.getDims(1);
        float[] v = values(t);
        float[] w = new float[v.length];
        for (int i = 0; i < in; i++) {
            for (int o = 0; o < out; o++) {
                w[o * in + i] = v[i * out + o];
            }
        }
        return new TensorData(name, new long[]{out, in}, w);
    }

    private static float[] values(Onnx.TensorProto t) {
        if (!t.getRawData().isEmpty()) {
            ByteBuffer raw = t.getRawData().asReadOnlyByteBuffer().order(ByteOrder.LITTLE_ENDIAN);
            float[] v = new float[raw.remaining() / Float.BYTES];
            raw.asFloatBuffer().get(v);
            return v;
        }
        float[] v = new float[t.getFloatDataCount()];
        for (int i = 0; i < v.length; i++) {
            v[i] = t.getFloatData(i);
        }
        return v;
    }

    private static long[] shape(List<Long> dims) {
        return dims.stream().mapToLong(Long::longValue).toArray();
    }
}
