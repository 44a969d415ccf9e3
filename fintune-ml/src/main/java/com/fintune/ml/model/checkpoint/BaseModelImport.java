package com.fintune.ml.model.checkpoint;

import com.fintune.ml.model.RobertaConfig;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes a base model directory that references a pre-trained encoder instead of copying it: config.json,
 * tokenizer.json (copied from the base's jar) and base-model.json, no model.safetensors. Training can start from it
 * ({@code initCheckpoint}); FinTune's heads are then initialised as for any plain encoder checkpoint.
 */
public final class BaseModelImport {
    /** all-MiniLM-L6-v2's tokenizer.json inside its jar. */
    public static final String MINILM_TOKENIZER_RESOURCE = "all-minilm-l6-v2-tokenizer.json";

    private BaseModelImport() {
    }

    /** The shape of sentence-transformers/all-MiniLM-L6-v2: BERT, 6 layers x 384, 12 heads, 1536, 30522 tokens. */
    public static RobertaConfig miniLmConfig(List<String> labels) {
        return RobertaConfig.bertOfShape(30522, 384, 6, 12, 1536, 512, labels);
    }

    /** all-MiniLM-L6-v2's real weights from the jar, with FinTune heads initialised from {@code headSeed}. */
    public static ModelWeights miniLmWeights(List<String> labels, long headSeed) {
        return CheckpointReader.weights(miniLmConfig(labels), BaseModelWeights.read(BaseModel.ALL_MINILM_L6_V2),
                LoadOptions.encoderOnly(headSeed));
    }

    /** Writes the all-MiniLM-L6-v2 base directory into {@code out} (created if needed) and checks it loads. */
    public static Checkpoint allMiniLmL6V2(Path out, List<String> labels) {
        return write(out, BaseModel.ALL_MINILM_L6_V2, MINILM_TOKENIZER_RESOURCE, miniLmConfig(labels));
    }

    public static Checkpoint write(Path out, BaseModel base, String tokenizerResource, RobertaConfig config) {
        byte[] tokenizer = BaseModelWeights.resourceBytes(base, tokenizerResource);
        try {
            Files.createDirectories(out);
            Files.deleteIfExists(out.resolve(Checkpoint.WEIGHTS_FILE));
            config.write(out.resolve(Checkpoint.CONFIG_FILE));
            Files.write(out.resolve(Checkpoint.TOKENIZER_FILE), tokenizer);
            Files.writeString(out.resolve(BaseModel.FILE), base.toJson());
        } catch (IOException e) {
            throw new CheckpointException("cannot write the base model to " + out + ": " + e.getMessage(), e);
        }
        return Checkpoint.load(out, LoadOptions.encoderOnly(0));
    }
}
