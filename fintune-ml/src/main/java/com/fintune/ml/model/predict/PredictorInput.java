package com.fintune.ml.model.predict;

/**
 * What the predictor reads for one application: the text, and for a model with structured inputs the raw values
 * in the model's column order (the predictor standardises them with the model's own statistics).
 *
 * @param text       the combined text
 * @param structured raw structured values, or null for a text-only model
 */
public record PredictorInput(String text, double[] structured) {
    public PredictorInput {
        if (text == null) {
            throw new IllegalArgumentException("text must not be null");
        }
    }

    /** Text only. */
    public static PredictorInput text(String text) {
        return new PredictorInput(text, null);
    }
}
