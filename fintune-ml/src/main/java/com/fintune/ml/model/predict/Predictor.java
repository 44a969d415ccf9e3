package com.fintune.ml.model.predict;

import com.fintune.ml.model.ComputeThreads;
import com.fintune.ml.model.ExtraOutput;
import com.fintune.ml.model.RobertaConfig;
import com.fintune.ml.model.RobertaEncoder;
import com.fintune.ml.model.StructuredInputs;
import com.fintune.ml.model.TextView;
import com.fintune.ml.model.checkpoint.Checkpoint;
import com.fintune.ml.tokenizer.RobertaTokenizer;
import com.fintune.ml.tokenizer.TextTokenizer;
import com.fintune.ml.tokenizer.TextTokenizers;
import com.fintune.ml.tokenizer.TokenAlignment;
import com.fintune.ml.tokenizer.TokenSpans;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Texts (and, for a model that reads them, structured inputs) in, {@link Prediction}s out: {@link InputEncoder}
 * (tokenizer, standardisation) → {@link BatchScorer} (length-sorted padded batches → encoder → heads → taxonomy
 * order), the same two components training's validation and evaluation use. Thread-safe: any number of threads may
 * call it;
 * the encoder runs one batch at a time (using all compute threads), texts are grouped by length into batches of at
 * most {@code maxBatchSize}. Deterministic: the same call returns the same bits; a text's result does not depend on
 * the batch it shares beyond float rounding (within 1e-5). The graph is built once and warmed up at load.
 */
public final class Predictor {
    private final RobertaEncoder encoder;
    private final PredictorSettings settings;
    private final InputEncoder inputs;
    private final BatchScorer scorer;
    private final StructuredInputs structured;
    private final TextView textView;
    private final TextTokenizer tokenizer;

    public Predictor(Checkpoint checkpoint, TextTokenizer tokenizer, PredictorSettings settings) {
        ComputeThreads.set(settings.computeThreads());
        this.settings = settings;
        this.tokenizer = tokenizer;
        this.encoder = new RobertaEncoder(checkpoint.weights());
        int maxLength = Math.min(settings.maxLength(), checkpoint.config().maxSequenceLength());
        this.structured = checkpoint.config().structured();
        this.textView = TextView.of(checkpoint.config());
        this.inputs = new InputEncoder(tokenizer, maxLength, structured);
        this.scorer = new BatchScorer(encoder, tokenizer.padId(), settings.maxBatchSize());
        if (tokenizer.vocabSize() > checkpoint.config().vocabSize()) {
            throw new IllegalArgumentException("tokenizer has " + tokenizer.vocabSize() + " tokens, the model only "
                    + checkpoint.config().vocabSize());
        }
        if (settings.warmUp()) {
            double[] typical = structured == null ? null : structured.mean();
            predictInputs(List.of(new PredictorInput("warm-up", typical),
                    new PredictorInput("warm-up ".repeat(Math.min(60, inputs.maxLength() / 2)), typical)), EnumSet.noneOf(
                    ExtraOutput.class));
        }
    }

    /** Loads a model directory (config.json, model.safetensors, tokenizer.json). */
    public static Predictor load(Path modelDir, PredictorSettings settings) {
        Checkpoint checkpoint = Checkpoint.load(modelDir);
        if (checkpoint.tokenizerJson() == null) {
            throw new IllegalArgumentException(modelDir + " has no " + Checkpoint.TOKENIZER_FILE);
        }
        try {
            return new Predictor(checkpoint,
                    TextTokenizers.read(checkpoint.tokenizerJson()), settings);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + modelDir.resolve(Checkpoint.TOKENIZER_FILE), e);
        }
    }

    public RobertaConfig config() {
        return encoder.config();
    }

    /** Which text of an application this model reads ({@code fintune_text} in its config). */
    public TextView textView() {
        return textView;
    }

    /** Tokenises and standardises one input exactly as every prediction does. */
    public EncodedInput encode(PredictorInput input) {
        return inputs.encode(input);
    }

    /**
     * The tokens this model reads of {@code text} (specials included, cut as every prediction cuts) with where each
     * came from in the text: the tokenizer's own offsets where it has them (RoBERTa), else {@link TokenAlignment}.
     */
    public TokenSpans spans(String text) {
        if (tokenizer instanceof RobertaTokenizer roberta) {
            return roberta.encodeWithSpans(text, true, inputs.maxLength());
        }
        int[] ids = tokenizer.encode(text, true, inputs.maxLength());
        return TokenAlignment.align(text, ids, tokenizer.tokens(ids));
    }

    /** The vocabulary entries of {@code ids}, for display. */
    public List<String> tokenTexts(int[] ids) {
        return tokenizer.tokens(ids);
    }

    public PredictorSettings settings() {
        return settings;
    }

    public long parameterCount() {
        return encoder.weights().parameterCount();
    }

    public Prediction predict(String text) {
        return predictAll(List.of(text)).get(0);
    }

    public List<Prediction> predictAll(List<String> texts) {
        return predictAll(texts, EnumSet.noneOf(ExtraOutput.class));
    }

    /** One prediction per text, in order; {@code extras} may ask for the {@code <s>} embedding and attentions. */
    public List<Prediction> predictAll(List<String> texts, Set<ExtraOutput> extras) {
        return predictInputs(texts.stream().map(PredictorInput::text).toList(), extras);
    }

    /**
     * One prediction per input, in order. A model with structured inputs needs them on every input (raw, in
     * {@link StructuredInputs#names()} order); a text-only model must be given none.
     */
    public List<Prediction> predictInputs(List<PredictorInput> inputs, Set<ExtraOutput> extras) {
        List<EncodedInput> encoded = new ArrayList<>(inputs.size());
        for (int i = 0; i < inputs.size(); i++) {
            try {
                encoded.add(this.inputs.encode(inputs.get(i)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("input " + i + ": " + e.getMessage(), e);
            }
        }
        return scorer.score(encoded, extras);
    }
}
