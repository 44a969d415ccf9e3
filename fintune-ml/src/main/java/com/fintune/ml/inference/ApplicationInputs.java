package com.fintune.ml.inference;

import com.fintune.ml.features.ApplicationFeatures;
import com.fintune.ml.model.TextView;
import com.fintune.ml.model.predict.PredictorInput;

/**
 * What a model reads of one application, the same for serving, training and evaluation: the text its
 * {@link TextView} names (both views carry the notes with protected mentions masked by the feature pipeline) and,
 * for a model with structured inputs, the pipeline's raw tabular vector (the model standardises it).
 */
public final class ApplicationInputs {
    private ApplicationInputs() {
    }

    /** The text of {@code view}: the combined application text, or the masked notes alone. */
    public static String text(ApplicationFeatures f, TextView view) {
        return switch (view) {
            case APPLICATION -> f.combinedText();
            case NOTES -> f.notesText();
        };
    }

    /** @param structured whether the model reads structured inputs */
    public static PredictorInput of(ApplicationFeatures f, TextView view, boolean structured) {
        return new PredictorInput(text(f, view), structured ? f.tabularVector() : null);
    }
}
