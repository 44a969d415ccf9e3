package com.fintune.ml.model.predict;

import com.fintune.ml.model.StructuredInputs;
import com.fintune.ml.tokenizer.TextTokenizer;

/**
 * The one way a text and raw structured values become an {@link EncodedInput}: the model's tokenizer, cut to the
 * model's longest input, and the model's standardisation ({@link StructuredInputs#standardize}). Serving
 * ({@link Predictor}) and training/evaluation ({@code train.TrainingData}) both encode through it. Thread-safe.
 */
public final class InputEncoder {
    private final TextTokenizer tokenizer;
    private final int maxLength;
    private final StructuredInputs structured;

    /**
     * @param maxLength  longest input in tokens, specials included
     * @param structured the model's structured inputs, or null for a text-only model
     */
    public InputEncoder(TextTokenizer tokenizer, int maxLength, StructuredInputs structured) {
        if (maxLength < 2) {
            throw new IllegalArgumentException("the longest input must leave room for <s> and </s>, got " + maxLength);
        }
        this.tokenizer = tokenizer;
        this.maxLength = maxLength;
        this.structured = structured;
    }

    public int maxLength() {
        return maxLength;
    }

    public int padId() {
        return tokenizer.padId();
    }

    /** True when the model reads structured inputs beside the text. */
    public boolean readsStructured() {
        return structured != null;
    }

    public EncodedInput encode(PredictorInput in) {
        int[] ids = tokenizer.encode(in.text(), true, maxLength);
        if (structured != null) {
            return new EncodedInput(ids, structured.standardize(in.structured()));
        }
        if (in.structured() != null) {
            throw new IllegalArgumentException("this model reads text only; the input has structured inputs");
        }
        return new EncodedInput(ids, null);
    }
}
