package com.fintune.ml.serving;

import com.fintune.ml.features.ApplicationFeatures;

import java.util.List;

/**
 * A loaded model that scores applications' features (the combined text and, for a model that reads them, the
 * structured inputs) in batches. Implementations are thread-safe.
 */
public interface ScoringModel extends AutoCloseable {

    /** The version answers are recorded and cached under. */
    String version();

    /** One {@link ModelScores} per application, in order. */
    List<ModelScores> score(List<ApplicationFeatures> applications);

    /** The first token's attention over one application's text, or null for a model that cannot give it. */
    default TokenAttention firstTokenAttention(ApplicationFeatures application) {
        return null;
    }

    @Override
    default void close() {
    }
}
