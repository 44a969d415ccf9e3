package com.fintune.ml.serving;

import com.fintune.ml.model.ModelOutput;
import com.fintune.ml.model.RobertaEncoder;
import com.fintune.ml.model.TokenBatch;
import com.fintune.ml.model.checkpoint.Checkpoint;
import com.fintune.ml.tokenizer.EncodedBatch;
import com.fintune.ml.tokenizer.RobertaTokenizer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A checkpoint served for scoring: its tokenizer cuts each text to {@code maxLength} tokens (specials included),
 * the SameDiff encoder runs the padded batch, and the heads' outputs become {@link ModelScores}.
 */
public final class EncoderScoringModel implements ScoringModel {

    private final RobertaTokenizer tokenizer;
    private final RobertaEncoder encoder;
    private final int maxLength;
    private final String version;

    EncoderScoringModel(RobertaTokenizer tokenizer, RobertaEncoder encoder, int maxLength, String version) {
        this.tokenizer = tokenizer;
        this.encoder = encoder;
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
        RobertaTokenizer tokenizer;
        if (tokenizerJson != null) {
            tokenizer = RobertaTokenizer.load(tokenizerJson);
        } else if (checkpoint.tokenizerJson() != null) {
            tokenizer = RobertaTokenizer.read(new ByteArrayInputStream(checkpoint.tokenizerJson()));
        } else {
            throw new IOException(dir + " has no " + Checkpoint.TOKENIZER_FILE + " and no tokenizer was given");
        }
        int length = Math.min(maxLength, checkpoint.config().maxSequenceLength());
        String version = ModelFingerprint.of(name, dir);
        if (tokenizerJson != null) {
            version = version + "+" + FeatureKey.sha256(Files.readString(tokenizerJson)).substring(0, 6);
        }
        return new EncoderScoringModel(tokenizer, new RobertaEncoder(checkpoint.weights()), length, version);
    }

    @Override
    public String version() {
        return version;
    }

    public int maxLength() {
        return maxLength;
    }

    @Override
    public List<ModelScores> score(List<String> texts) {
        EncodedBatch encoded = tokenizer.encodeBatch(texts, maxLength);
        ModelOutput out = encoder.forward(new TokenBatch(encoded.inputIds(), encoded.attentionMask()));
        float[][] probabilities = out.reasonProbabilities();
        float[] risk = out.riskScores();
        List<ModelScores> scores = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            scores.add(new ModelScores(probabilities[i], risk[i]));
        }
        return scores;
    }
}
