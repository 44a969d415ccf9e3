package com.fintune.ml.model.checkpoint;

import com.fintune.ml.model.ExtraOutput;
import com.fintune.ml.model.ModelOutput;
import com.fintune.ml.model.RobertaEncoder;
import com.fintune.ml.model.TinyRoberta;
import com.fintune.ml.model.TokenBatch;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Export → import gives the same model bit for bit (F32); F16 and BF16 files import. */
class CheckpointRoundTripTest {
    private static Checkpoint fixture;
    private static TokenBatch batch;

    @BeforeAll
    static void load() {
        fixture = Checkpoint.load(TinyRoberta.dir());
        var t = TinyRoberta.reference().get("training");
        batch = new TokenBatch(TinyRoberta.ints(t.get("input_ids")), TinyRoberta.ints(t.get("attention_mask")));
    }

    @Test
    void f32ExportThenImportIsBitForBitIdentical(@TempDir Path dir) throws Exception {
        Checkpoint withTokenizer = new Checkpoint(fixture.config(), fixture.weights(), "{\"model\":{}}".getBytes());
        withTokenizer.save(dir, TensorDType.F32);
        Checkpoint back = Checkpoint.load(dir);
        for (Map.Entry<String, INDArray> e : fixture.weights().arrays().entrySet()) {
            assertEquals(e.getValue(), back.weights().get(e.getKey()), e.getKey());
        }
        assertEquals(fixture.config().headsOrDefault(), back.config().headsOrDefault());
        assertArrayEquals(withTokenizer.tokenizerJson(), Files.readAllBytes(dir.resolve(Checkpoint.TOKENIZER_FILE)));
        ModelOutput a = new RobertaEncoder(fixture.weights()).forward(batch, EnumSet.of(ExtraOutput.LAST_HIDDEN_STATE));
        ModelOutput b = new RobertaEncoder(back.weights()).forward(batch, EnumSet.of(ExtraOutput.LAST_HIDDEN_STATE));
        assertTrue(Arrays.deepEquals(a.reasonLogits(), b.reasonLogits()), "logits bit for bit");
        assertArrayEquals(a.riskScores(), b.riskScores());
        assertTrue(Arrays.deepEquals(a.lastHiddenState(), b.lastHiddenState()), "hidden states bit for bit");
        assertTrue(Files.list(dir).noneMatch(p -> p.toString().endsWith(".tmp")), "no temporary files left");
    }

    @Test
    void exportUsesHuggingFaceNamesAndSortedOrder(@TempDir Path dir) {
        fixture.save(dir, TensorDType.F32);
        List<String> names = new ArrayList<>(SafeTensors.read(dir.resolve(Checkpoint.WEIGHTS_FILE)).keySet());
        List<String> original = new ArrayList<>(SafeTensors.read(TinyRoberta.dir().resolve("model.safetensors"))
                .keySet());
        assertEquals(original.stream().sorted().toList(), names);
        assertTrue(names.contains("roberta.embeddings.word_embeddings.weight"));
        assertTrue(names.contains("reasons_head.out_proj.bias"));
    }

    @Test
    void f16ExportImportsWithinHalfPrecision(@TempDir Path dir) {
        fixture.save(dir, TensorDType.F16);
        Checkpoint back = Checkpoint.load(dir);
        assertWithinRelative(fixture.weights(), back.weights(), 1.0 / 1024);
        ModelOutput a = new RobertaEncoder(fixture.weights()).forward(batch);
        ModelOutput b = new RobertaEncoder(back.weights()).forward(batch);
        assertEquals(a.riskScores()[0], b.riskScores()[0], 0.5, "risk stays close with F16 weights");
    }

    @Test
    void bf16FileImports(@TempDir Path dir) throws Exception {
        fixture.save(dir, TensorDType.F32);
        Path file = dir.resolve(Checkpoint.WEIGHTS_FILE);
        Bf16Files.rewriteAsBf16(file);
        Checkpoint back = Checkpoint.load(dir);
        assertWithinRelative(fixture.weights(), back.weights(), 1.0 / 128);
    }

    private static void assertWithinRelative(ModelWeights expected, ModelWeights actual, double rel) {
        for (Map.Entry<String, INDArray> e : expected.arrays().entrySet()) {
            float[] x = e.getValue().dup().data().asFloat();
            float[] y = actual.get(e.getKey()).dup().data().asFloat();
            for (int i = 0; i < x.length; i++) {
                assertEquals(x[i], y[i], Math.abs(x[i]) * rel + 1e-7, e.getKey() + "[" + i + "]");
            }
        }
    }
}
