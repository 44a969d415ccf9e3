package com.fintune.ml.model.checkpoint;

import com.fintune.ml.model.TinyRoberta;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A missing, extra or mis-shaped tensor fails with its name; foreign heads only load when asked to be ignored. */
class CheckpointErrorsTest {
    private static List<TensorData> tensors;

    @BeforeAll
    static void read() {
        tensors = new ArrayList<>(SafeTensors.read(TinyRoberta.dir().resolve("model.safetensors")).values());
    }

    private static Path dirWith(Path dir, List<TensorData> list) throws Exception {
        Files.copy(TinyRoberta.dir().resolve("config.json"), dir.resolve("config.json"));
        SafeTensors.write(dir.resolve("model.safetensors"), list, TensorDType.F32);
        return dir;
    }

    @Test
    void missingTensorIsNamed(@TempDir Path dir) throws Exception {
        List<TensorData> list = new ArrayList<>(tensors);
        list.removeIf(t -> t.name().equals("roberta.encoder.layer.1.attention.self.key.bias"));
        var e = assertThrows(CheckpointException.class, () -> Checkpoint.load(dirWith(dir, list)));
        assertTrue(e.getMessage().contains("missing tensor roberta.encoder.layer.1.attention.self.key.bias"),
                e.getMessage());
    }

    @Test
    void extraTensorIsNamed(@TempDir Path dir) throws Exception {
        List<TensorData> list = new ArrayList<>(tensors);
        list.add(new TensorData("roberta.encoder.layer.2.output.dense.bias", new long[]{32}, new float[32]));
        var e = assertThrows(CheckpointException.class, () -> Checkpoint.load(dirWith(dir, list)));
        assertTrue(e.getMessage().contains("unexpected tensor roberta.encoder.layer.2.output.dense.bias"),
                e.getMessage());
    }

    @Test
    void misShapedTensorIsNamed(@TempDir Path dir) throws Exception {
        List<TensorData> list = new ArrayList<>(tensors);
        list.replaceAll(t -> t.name().equals("roberta.encoder.layer.0.intermediate.dense.weight")
                ? new TensorData(t.name(), new long[]{32, 64}, t.values()) : t);
        var e = assertThrows(CheckpointException.class, () -> Checkpoint.load(dirWith(dir, list)));
        assertTrue(e.getMessage().contains("roberta.encoder.layer.0.intermediate.dense.weight has shape [32, 64]"),
                e.getMessage());
    }

    @Test
    void classifierTensorsAreRejectedUnlessAskedToIgnore(@TempDir Path dir) throws Exception {
        List<TensorData> list = new ArrayList<>(tensors);
        list.add(new TensorData("classifier.out_proj.bias", new long[]{2}, new float[2]));
        Path d = dirWith(dir, list);
        var e = assertThrows(CheckpointException.class, () -> Checkpoint.load(d));
        assertTrue(e.getMessage().contains("classifier.out_proj.bias"), e.getMessage());
        assertEquals(Checkpoint.load(TinyRoberta.dir()).weights().get("reasons_head.dense.weight"),
                Checkpoint.load(d, LoadOptions.encoderOnly(1)).weights().get("reasons_head.dense.weight"));
    }

    @Test
    void bareRobertaModelWithoutHeadsLoadsItsEncoderWithFreshHeads(@TempDir Path dir) throws Exception {
        List<TensorData> list = new ArrayList<>();
        for (TensorData t : tensors) {
            if (t.name().startsWith("roberta.")) {
                list.add(new TensorData(t.name().substring("roberta.".length()), t.shape(), t.values()));
            }
        }
        list.add(new TensorData("pooler.dense.bias", new long[]{32}, new float[32]));
        Path d = dirWith(dir, list);
        var strict = assertThrows(CheckpointException.class, () -> Checkpoint.load(d));
        assertTrue(strict.getMessage().contains("pooler.dense.bias"), strict.getMessage());
        ModelWeights w = Checkpoint.load(d, LoadOptions.encoderOnly(7)).weights();
        ModelWeights original = Checkpoint.load(TinyRoberta.dir()).weights();
        assertEquals(original.get("encoder.layer.1.output.dense.weight"), w.get("encoder.layer.1.output.dense.weight"));
        assertNotEquals(original.get("reasons_head.dense.weight"), w.get("reasons_head.dense.weight"));
        assertEquals(0.0, w.get("risk_head.dense.bias").sumNumber().doubleValue());
    }

    @Test
    void notAModelDirectoryIsExplained(@TempDir Path dir) {
        var e = assertThrows(CheckpointException.class, () -> Checkpoint.load(dir));
        assertTrue(e.getMessage().contains("config.json"), e.getMessage());
    }

    @Test
    void truncatedFileIsRejected(@TempDir Path dir) throws Exception {
        Path d = dirWith(dir, tensors);
        byte[] all = Files.readAllBytes(d.resolve("model.safetensors"));
        Files.write(d.resolve("model.safetensors"), java.util.Arrays.copyOf(all, all.length - 100));
        var e = assertThrows(CheckpointException.class, () -> Checkpoint.load(d));
        assertTrue(e.getMessage().contains("data_offsets"), e.getMessage());
    }
}
