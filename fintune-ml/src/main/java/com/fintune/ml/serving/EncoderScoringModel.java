package com.fintune.ml.serving;

import com.fintune.ml.features.ApplicationFeatures;
import com.fintune.ml.inference.ApplicationInputs;
import com.fintune.ml.model.ExtraOutput;
import com.fintune.ml.model.StructuredInputs;
import com.fintune.ml.model.checkpoint.Checkpoint;
import com.fintune.ml.model.predict.Prediction;
import com.fintune.ml.model.predict.Predictor;
import com.fintune.ml.model.predict.PredictorInput;
import com.fintune.ml.model.predict.PredictorSettings;
import com.fintune.ml.tokenizer.TextTokenizer;
import com.fintune.ml.tokenizer.TextTokenizers;
import com.fintune.ml.tokenizer.TokenSpans;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * A checkpoint served for scoring through the model package's {@link Predictor} (tokenizer → encoder → heads): each
 * application's text is the one its config's {@code fintune_text} names ({@link ApplicationInputs}: the combined
 * application text or the masked notes), cut to {@code maxLength} tokens (specials included); a model with
 * structured inputs also gets the feature pipeline's tabular vector, and the heads' outputs become
 * {@link ModelScores}.
 * The micro-batch arrives whole; the predictor does not split it further.
 */
public final class EncoderScoringModel implements ScoringModel {

    /** Larger than any micro-batch, so that a batch runs through the encoder in one pass. */
    static final int MAX_BATCH = 64;

    private final Predictor predictor;
    private final int maxLength;
    private final String version;

    EncoderScoringModel(Predictor predictor, int maxLength, String version) {
        this.predictor = predictor;
        this.maxLength = maxLength;
        this.version = version;
    }

    /**
     * Loads {@code dir} (config.json, model.safetensors and, unless {@code tokenizerJson} is given, tokenizer.json).
     *
     * @param name      the model's name, the first part of its version
     * @param maxLength longest input in tokens; capped by the model's position table
     */
    public static EncoderScoringModel load(String name, Path dir, Path tokenizerJson, int maxLength)
            throws IOException {
        Checkpoint checkpoint = Checkpoint.load(dir);
        TextTokenizer tokenizer;
        if (tokenizerJson != null) {
            tokenizer = TextTokenizers.load(tokenizerJson);
        } else if (checkpoint.tokenizerJson() != null) {
            tokenizer = TextTokenizers.read(checkpoint.tokenizerJson());
        } else {
            throw new IOException(dir + " has no " + Checkpoint.TOKENIZER_FILE + " and no tokenizer was given");
        }
        requireKnownInputs(checkpoint.config().structured(), dir);
        int length = Math.min(maxLength, checkpoint.config().maxSequenceLength());
        String version = ModelFingerprint.of(name, dir);
        if (tokenizerJson != null) {
            version = version + "+" + FeatureKey.sha256(Files.readString(tokenizerJson)).substring(0, 6);
        }
        Predictor predictor = new Predictor(checkpoint, tokenizer, new PredictorSettings(MAX_BATCH, length, 0, true));
        return new EncoderScoringModel(predictor, length, version);
    }

    @Override
    public String version() {
        return version;
    }

    public int maxLength() {
        return maxLength;
    }

    /** A model trained on other structured columns than this build's pipeline computes cannot be served. */
    static void requireKnownInputs(StructuredInputs inputs, Path dir) throws IOException {
        if (inputs != null && !inputs.names().equals(ApplicationFeatures.tabularNames())) {
            throw new IOException(dir + " reads structured inputs " + inputs.names()
                    + " but this build's feature pipeline computes " + ApplicationFeatures.tabularNames());
        }
    }

    @Override
    public List<ModelScores> score(List<ApplicationFeatures> applications) {
        boolean structured = predictor.config().structuredCount() > 0;
        List<PredictorInput> inputs = new ArrayList<>(applications.size());
        for (ApplicationFeatures f : applications) {
            inputs.add(ApplicationInputs.of(f, predictor.textView(), structured));
        }
        List<ModelScores> scores = new ArrayList<>(applications.size());
        for (Prediction p : predictor.predictInputs(inputs, EnumSet.noneOf(ExtraOutput.class))) {
            scores.add(new ModelScores(p.reasonProbabilities(), p.riskScore()));
        }
        return scores;
    }

    @Override
    public TokenAttention firstTokenAttention(ApplicationFeatures application) {
        PredictorInput input = ApplicationInputs.of(application, predictor.textView(),
                predictor.config().structuredCount() > 0);
        Prediction p = predictor.predictInputs(List.of(input), EnumSet.of(ExtraOutput.ATTENTIONS)).get(0);
        TokenSpans spans = predictor.spans(input.text());
        int n = p.tokenCount();
        if (spans.size() != n) {
            throw new IllegalStateException("token spans (" + spans.size() + ") and attention (" + n + ") disagree");
        }
        List<String> texts = predictor.tokenTexts(spans.ids());
        List<TokenAttention.Token> tokens = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            tokens.add(new TokenAttention.Token(texts.get(i), spans.starts()[i], spans.ends()[i]));
        }
        float[][][] weights = new float[p.attentions().size()][][];
        for (int l = 0; l < weights.length; l++) {
            float[][][] layer = p.attentions().get(l);
            weights[l] = new float[layer.length][];
            for (int h = 0; h < layer.length; h++) {
                weights[l][h] = java.util.Arrays.copyOf(layer[h][0], n);
            }
        }
        return new TokenAttention(input.text(), tokens, weights);
    }
}
