package com.fintune.ml.model;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;
import com.fintune.ml.eval.LabeledEvaluation;
import com.fintune.ml.model.checkpoint.BaseModel;
import com.fintune.ml.model.checkpoint.BaseModelImport;
import com.fintune.ml.model.checkpoint.BaseModelWeights;
import com.fintune.ml.model.checkpoint.Checkpoint;
import com.fintune.ml.tokenizer.EncodedBatch;
import com.fintune.ml.tokenizer.TextTokenizer;
import com.fintune.ml.tokenizer.TextTokenizers;
import com.fintune.ml.tokenizer.WordPieceTokenizer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The acceptance: all-MiniLM-L6-v2 imported from its ONNX file (through base-model.json) gives the same
 * last_hidden_state as ONNX Runtime running that very file, within 1e-4, on 20 varied texts padded in one batch.
 */
class MiniLmParityTest {
    static final List<String> TEXTS = List.of(
            "Hello, world!",
            "The loan was approved.",
            "Borrower's DTI is 43.5% — café résumé",
            "Applicant requests a 30-year fixed refinance of $412,000 on a single-family home in Zürich.",
            "Income verified.",
            "Credit history shows two 60-day late payments in 2021; collateral appraisal came in 8% below contract.",
            "",
            "Self-employed since 2015 (Schedule C), net income $7,850/month after expenses!!!",
            "Naïve façade coöperate — ÉLAN résumé SMÖRGÅSBORD",
            "Employment: 3 yrs @ ACME Corp.; prior gap of 14 months (medical leave).",
            "LTV 97%, CLTV 103%, reserves < 2 months.",
            "unaffordable refinancing",
            "Is the co-borrower's Social Security income (SSI) grossed up by 25%?",
            "a",
            "Property is a manufactured home on leased land; title insurance pending.",
            "The underwriter noted: \"insufficient cash to close\" & \"unverifiable assets\".",
            "1234567890 0.001 -42 +7 3/4 1e-5",
            "Résidence principale à Montréal; revenus stables depuis 2019.",
            "Debt-to-income ratio exceeds guideline limits for FHA loans, and the credit score of 580 "
                    + "is at the program floor; compensating factors include 12 months of reserves.",
            "OK");

    @TempDir
    static Path dir;
    private static Checkpoint checkpoint;
    private static TextTokenizer tokenizer;

    @BeforeAll
    static void importBase() throws Exception {
        checkpoint = BaseModelImport.allMiniLmL6V2(dir.resolve("minilm"), LabeledEvaluation.categoryNames());
        tokenizer = TextTokenizers.read(checkpoint.tokenizerJson());
    }

    @Test
    void lastHiddenStateMatchesOnnxRuntime() throws Exception {
        EncodedBatch batch = tokenizer.encodeBatch(TEXTS, 128);
        ModelOutput ours = new RobertaEncoder(checkpoint.weights()).forward(
                new TokenBatch(batch.inputIds(), batch.attentionMask()), EnumSet.of(ExtraOutput.LAST_HIDDEN_STATE));
        float[][][] theirs = onnxRuntime(batch);
        double worst = 0;
        for (int b = 0; b < TEXTS.size(); b++) {
            for (int t = 0; t < batch.length(b); t++) {
                for (int h = 0; h < 384; h++) {
                    worst = Math.max(worst, Math.abs(ours.lastHiddenState()[b][t][h] - theirs[b][t][h]));
                }
            }
        }
        System.out.println("MiniLM last_hidden_state vs ONNX Runtime: max abs difference " + worst);
        assertTrue(worst <= 1e-4, "max abs difference " + worst + " over the real tokens");
        assertTrue(batch.length(0) < batch.sequenceLength(), "the batch pads its short rows");
    }

    @Test
    void tokenIdsMatchTheFilesOwnSettings() throws Exception {
        assertInstanceOf(WordPieceTokenizer.class, tokenizer);
        // Hugging Face with the file as shipped (truncation and padding to 128), padding cut off by its mask
        try (HuggingFaceTokenizer reference = HuggingFaceTokenizer.newInstance(
                new ByteArrayInputStream(checkpoint.tokenizerJson()), Map.of())) {
            for (String text : TEXTS) {
                Encoding e = reference.encode(text);
                int real = (int) Arrays.stream(e.getAttentionMask()).sum();
                int[] expected = Arrays.stream(Arrays.copyOf(e.getIds(), real)).mapToInt(Math::toIntExact).toArray();
                assertArrayEquals(expected, tokenizer.encode(text, true, 128), text);
            }
        }
    }

    @Test
    void baseModelFileNamesTheJar() {
        assertEquals(BaseModel.ALL_MINILM_L6_V2, checkpoint.base());
        assertEquals(0, checkpoint.config().padTokenId());
        assertEquals(512, checkpoint.config().maxSequenceLength());
    }

    private static float[][][] onnxRuntime(EncodedBatch batch) throws Exception {
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        long[][] ids = longs(batch.inputIds());
        long[][] mask = longs(batch.attentionMask());
        long[][] types = new long[ids.length][ids[0].length];
        byte[] model = BaseModelWeights.verifiedBytes(BaseModel.ALL_MINILM_L6_V2);
        try (OrtSession session = env.createSession(model, new OrtSession.SessionOptions());
             OnnxTensor i = OnnxTensor.createTensor(env, ids);
             OnnxTensor m = OnnxTensor.createTensor(env, mask);
             OnnxTensor t = OnnxTensor.createTensor(env, types);
             OrtSession.Result r = session.run(Map.of("input_ids", i, "attention_mask", m, "token_type_ids", t))) {
            return (float[][][]) r.get("last_hidden_state").orElseThrow().getValue();
        }
    }

    private static long[][] longs(int[][] a) {
        long[][] out = new long[a.length][];
        for (int i = 0; i < a.length; i++) {
            out[i] = Arrays.stream(a[i]).asLongStream().toArray();
        }
        return out;
    }
}
