package com.fintune.ml.model.checkpoint;

import com.fintune.ml.model.HeadSizes;
import com.fintune.ml.model.RobertaConfig;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/** Turns a safetensors tensor map into {@link ModelWeights}, applying the name mapping and the load options. */
final class CheckpointReader {
    private CheckpointReader() {
    }

    static ModelWeights weights(RobertaConfig config, Map<String, TensorData> tensors, LoadOptions options) {
        Map<String, TensorData> byCanonical = new LinkedHashMap<>();
        for (TensorData t : tensors.values()) {
            HuggingFaceNames.Mapped m = HuggingFaceNames.map(t.name());
            switch (m.kind()) {
                case BUFFER -> {
                }
                case FOREIGN_HEAD -> {
                    if (!options.ignoreForeignHeads()) {
                        throw new CheckpointException("unexpected tensor " + t.name() + " (another model's head; "
                                + "load with LoadOptions.encoderOnly to ignore classifier/pooler/lm_head tensors)");
                    }
                }
                case PARAMETER -> {
                    TensorData previous = byCanonical.put(m.canonical(), t);
                    if (previous != null) {
                        throw new CheckpointException("tensors " + previous.name() + " and " + t.name()
                                + " both map to " + m.canonical());
                    }
                }
            }
        }
        RobertaConfig resolved = config.heads() != null ? config : config.withHeads(headsFromTensors(config,
                byCanonical));
        Map<String, long[]> expected = ParameterLayout.shapes(resolved);
        Map<String, INDArray> arrays = new LinkedHashMap<>();
        boolean anyHead = byCanonical.keySet().stream().anyMatch(ParameterLayout::isHead);
        java.util.Random rng = new java.util.Random(options.headSeed());
        for (Map.Entry<String, long[]> e : expected.entrySet()) {
            TensorData t = byCanonical.get(e.getKey());
            if (t == null) {
                if (ParameterLayout.isHead(e.getKey()) && !anyHead && options.initMissingHeads()) {
                    arrays.put(e.getKey(), ModelWeights.initial(e.getKey(), e.getValue(), rng));
                    continue;
                }
                throw new CheckpointException("missing tensor " + HuggingFaceNames.exportName(e.getKey()) + " "
                        + Arrays.toString(e.getValue()));
            }
            if (!Arrays.equals(t.shape(), e.getValue())) {
                throw new CheckpointException("tensor " + t.name() + " has shape " + t.shapeText() + ", expected "
                        + Arrays.toString(e.getValue()));
            }
            arrays.put(e.getKey(), Nd4j.create(t.values(), t.shape(), DataType.FLOAT));
        }
        for (Map.Entry<String, TensorData> e : byCanonical.entrySet()) {
            if (!expected.containsKey(e.getKey())) {
                throw new CheckpointException("unexpected tensor " + e.getValue().name()
                        + " (not a parameter of this model)");
            }
        }
        return ModelWeights.of(resolved, arrays);
    }

    /** Head sizes read off the head tensors; the seed's defaults when the checkpoint has no heads. */
    private static HeadSizes headsFromTensors(RobertaConfig config, Map<String, TensorData> byCanonical) {
        TensorData reasons = byCanonical.get("reasons_head.dense.weight");
        TensorData risk = byCanonical.get("risk_head.dense.weight");
        HeadSizes defaults = config.headsOrDefault();
        return new HeadSizes(reasons != null ? (int) reasons.shape()[0] : defaults.reasonsHidden(),
                config.labels().size(), risk != null ? (int) risk.shape()[0] : defaults.riskHidden());
    }
}
