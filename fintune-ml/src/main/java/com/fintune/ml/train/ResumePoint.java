package com.fintune.ml.train;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fintune.ml.model.checkpoint.Checkpoint;
import com.fintune.ml.model.checkpoint.ModelWeights;
import com.fintune.ml.model.checkpoint.TensorDType;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A resumable snapshot of a run in {@code DIR/resume-PHASE/}: the weights (F32 checkpoint), the optimizer's moments
 * ({@code optimizer.bin}) and {@code state.json}. Written into a fresh folder that then replaces the old one, so a
 * kill during the write leaves the previous snapshot intact.
 */
public final class ResumePoint {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    static final String STATE = "state.json";
    static final String OPTIMIZER = "optimizer.bin";

    private ResumePoint() {
    }

    public static Path dir(Path runDir, String phase) {
        return runDir.resolve("resume-" + phase);
    }

    public static void save(Path runDir, TrainingState state, Checkpoint weights, Map<String, INDArray> optimizer,
                            long optimizerSteps) throws IOException {
        Path target = dir(runDir, state.phase());
        Path fresh = runDir.resolve("resume-" + state.phase() + ".writing");
        deleteTree(fresh);
        weights.save(fresh, TensorDType.F32);
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(
                Files.newOutputStream(fresh.resolve(OPTIMIZER))))) {
            out.writeLong(optimizerSteps);
            out.writeInt(optimizer.size());
            for (Map.Entry<String, INDArray> e : optimizer.entrySet()) {
                out.writeUTF(e.getKey());
                Nd4j.write(e.getValue(), out);
            }
        }
        Files.writeString(fresh.resolve(STATE), MAPPER.writeValueAsString(state));
        Path old = runDir.resolve("resume-" + state.phase() + ".old");
        deleteTree(old);
        if (Files.exists(target)) Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
        Files.move(fresh, target, StandardCopyOption.ATOMIC_MOVE);
        deleteTree(old);
    }

    public static boolean exists(Path runDir, String phase) {
        return Files.isRegularFile(dir(runDir, phase).resolve(STATE));
    }

    public static TrainingState state(Path runDir, String phase) throws IOException {
        return MAPPER.readValue(dir(runDir, phase).resolve(STATE).toFile(), TrainingState.class);
    }

    public static ModelWeights weights(Path runDir, String phase) {
        return Checkpoint.load(dir(runDir, phase)).weights();
    }

    /** Optimizer moments by name, and the optimizer's step count under the key {@code ""}. */
    public static Loaded optimizer(Path runDir, String phase) throws IOException {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(
                Files.newInputStream(dir(runDir, phase).resolve(OPTIMIZER))))) {
            long steps = in.readLong();
            int n = in.readInt();
            Map<String, INDArray> state = new LinkedHashMap<>();
            for (int i = 0; i < n; i++) {
                String name = in.readUTF();
                state.put(name, Nd4j.read(in));
            }
            return new Loaded(state, steps);
        }
    }

    public record Loaded(Map<String, INDArray> moments, long steps) {
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
