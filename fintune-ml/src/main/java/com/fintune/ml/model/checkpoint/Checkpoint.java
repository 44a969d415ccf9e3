package com.fintune.ml.model.checkpoint;

import com.fintune.ml.model.RobertaConfig;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A model directory in the Hugging Face layout: {@code config.json}, {@code model.safetensors} and
 * {@code tokenizer.json}. Loading checks every tensor against the config; saving writes each file through a
 * temporary file, so an interrupted save never leaves a half-written file behind.
 * <p>
 * A directory may also hold {@code base-model.json} ({@link BaseModel}): its weights are then the base's tensors,
 * read from the class path, overlaid by those in {@code model.safetensors} (optional then), which holds only the
 * tensors that differ from the base (fine-tuned layers, heads).
 *
 * @param tokenizerJson the tokenizer file's bytes, copied through unchanged; {@code null} when there is none
 * @param base          the frozen base the weights build on; {@code null} when model.safetensors holds them all
 */
public record Checkpoint(RobertaConfig config, ModelWeights weights, byte[] tokenizerJson, BaseModel base) {
    public static final String CONFIG_FILE = "config.json";
    public static final String WEIGHTS_FILE = "model.safetensors";
    public static final String TOKENIZER_FILE = "tokenizer.json";

    public Checkpoint {
        if (!config.equals(weights.config())) {
            throw new IllegalArgumentException("config and weights disagree; use weights.config()");
        }
    }

    /** A self-contained checkpoint (no base). */
    public Checkpoint(RobertaConfig config, ModelWeights weights, byte[] tokenizerJson) {
        this(config, weights, tokenizerJson, null);
    }

    /** Loads FinTune's own checkpoints: every tensor present, none extra. */
    public static Checkpoint load(Path dir) {
        return load(dir, LoadOptions.strict());
    }

    public static Checkpoint load(Path dir, LoadOptions options) {
        Path configFile = dir.resolve(CONFIG_FILE);
        Path weightsFile = dir.resolve(WEIGHTS_FILE);
        Path baseFile = dir.resolve(BaseModel.FILE);
        BaseModel base = Files.isRegularFile(baseFile) ? BaseModel.read(baseFile) : null;
        if (!Files.isRegularFile(configFile) || (base == null && !Files.isRegularFile(weightsFile))) {
            throw new CheckpointException(dir + " is not a model directory: it needs " + CONFIG_FILE + " and "
                    + WEIGHTS_FILE + " (or " + BaseModel.FILE + ")");
        }
        RobertaConfig config;
        try {
            config = RobertaConfig.read(configFile);
        } catch (IllegalArgumentException e) {
            throw new CheckpointException(e.getMessage(), e);
        }
        Map<String, TensorData> tensors = new LinkedHashMap<>();
        if (base != null) {
            tensors.putAll(BaseModelWeights.read(base));
        }
        if (Files.isRegularFile(weightsFile)) {
            for (TensorData t : SafeTensors.read(weightsFile).values()) {
                HuggingFaceNames.Mapped m = HuggingFaceNames.map(t.name());
                tensors.put(m.kind() == HuggingFaceNames.Kind.PARAMETER ? m.canonical() : t.name(), t);
            }
        }
        ModelWeights weights = CheckpointReader.weights(config, tensors, options);
        Path tokenizerFile = dir.resolve(TOKENIZER_FILE);
        try {
            byte[] tokenizer = Files.isRegularFile(tokenizerFile) ? Files.readAllBytes(tokenizerFile) : null;
            return new Checkpoint(weights.config(), weights, tokenizer, base);
        } catch (IOException e) {
            throw new CheckpointException("cannot read " + tokenizerFile + ": " + e.getMessage(), e);
        }
    }

    /** The same model, saved against {@code newBase} (null: self-contained). */
    public Checkpoint withBase(BaseModel newBase) {
        return new Checkpoint(config, weights, tokenizerJson, newBase);
    }

    /**
     * Writes config.json, model.safetensors, tokenizer.json and, with a base, base-model.json into {@code dir}
     * (created if needed); weights as F32 or F16. With a base, model.safetensors holds only the tensors that are
     * absent from the base or differ from it bitwise — in the storage type: a base tensor that an F16 export (or an
     * earlier F16 save that was loaded back) merely rounded counts as unchanged, and loads back as the base's exact
     * values.
     */
    public void save(Path dir, TensorDType dtype) {
        try {
            Files.createDirectories(dir);
            writeAtomically(dir.resolve(CONFIG_FILE), (config.toJson() + "\n").getBytes());
            SafeTensors.write(dir.resolve(WEIGHTS_FILE), tensorsToWrite(dtype), dtype);
            if (tokenizerJson != null) {
                writeAtomically(dir.resolve(TOKENIZER_FILE), tokenizerJson);
            }
            if (base != null) {
                writeAtomically(dir.resolve(BaseModel.FILE), base.toJson().getBytes());
            } else {
                Files.deleteIfExists(dir.resolve(BaseModel.FILE));
            }
        } catch (IOException e) {
            throw new CheckpointException("cannot save checkpoint to " + dir + ": " + e.getMessage(), e);
        }
    }

    private List<TensorData> tensorsToWrite(TensorDType dtype) {
        List<TensorData> all = weights.toTensors();
        if (base == null) {
            return all;
        }
        Map<String, TensorData> frozen = BaseModelWeights.read(base);
        List<TensorData> changed = new ArrayList<>();
        for (TensorData t : all) {
            TensorData b = frozen.get(HuggingFaceNames.map(t.name()).canonical());
            if (b == null || !Arrays.equals(b.shape(), t.shape()) || !sameBits(b.values(), t.values(), dtype)) {
                changed.add(t);
            }
        }
        return changed;
    }

    private static boolean sameBits(float[] a, float[] b, TensorDType dtype) {
        if (a.length != b.length) {
            return false;
        }
        boolean half = dtype == TensorDType.F16;
        for (int i = 0; i < a.length; i++) {
            boolean same = half ? HalfFloats.floatToHalf(a[i]) == HalfFloats.floatToHalf(b[i])
                    : Float.floatToRawIntBits(a[i]) == Float.floatToRawIntBits(b[i]);
            if (!same) {
                return false;
            }
        }
        return true;
    }

    private static void writeAtomically(Path file, byte[] bytes) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.write(tmp, bytes);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
