package com.fintune.ml.serving;

import java.util.List;

/** A loaded model that scores encoder texts in batches. Implementations are thread-safe. */
public interface ScoringModel extends AutoCloseable {

    /** The version answers are recorded and cached under. */
    String version();

    /** One {@link ModelScores} per text, in order. */
    List<ModelScores> score(List<String> texts);

    @Override
    default void close() {
    }
}
