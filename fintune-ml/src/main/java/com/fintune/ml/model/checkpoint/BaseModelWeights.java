package com.fintune.ml.model.checkpoint;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reads a {@link BaseModel}'s weights from the class path, verifying the file's SHA-256 first. */
public final class BaseModelWeights {
    private BaseModelWeights() {
    }

    /** The base's tensors under canonical names ({@link HuggingFaceNames}; buffers and foreign heads dropped). */
    public static Map<String, TensorData> read(BaseModel base) {
        Map<String, TensorData> canonical = new LinkedHashMap<>();
        for (TensorData t : OnnxWeights.read(verifiedBytes(base)).values()) {
            HuggingFaceNames.Mapped m = HuggingFaceNames.map(t.name());
            if (m.kind() == HuggingFaceNames.Kind.PARAMETER) {
                canonical.put(m.canonical(), new TensorData(m.canonical(), t.shape(), t.values()));
            }
        }
        return canonical;
    }

    /** The resource's bytes, after checking they hash to the recorded SHA-256. */
    public static byte[] verifiedBytes(BaseModel base) {
        byte[] bytes = resourceBytes(base, base.resource());
        String actual = sha256(bytes);
        if (!actual.equals(base.sha256())) {
            throw new CheckpointException(base.resource() + " in " + base.coordinates() + " has SHA-256 " + actual
                    + ", but " + BaseModel.FILE + " expects " + base.sha256() + " (another version of the jar?)");
        }
        return bytes;
    }

    /** Any resource of the base's jar (e.g. its tokenizer.json), read from the class path. */
    public static byte[] resourceBytes(BaseModel base, String resource) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader() != null
                ? Thread.currentThread().getContextClassLoader() : BaseModelWeights.class.getClassLoader();
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new CheckpointException("base model " + base.coordinates() + " is not on the class path (no "
                        + resource + "); add that Maven artifact as a dependency");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new CheckpointException("cannot read " + resource + " of " + base.coordinates() + ": "
                    + e.getMessage(), e);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
