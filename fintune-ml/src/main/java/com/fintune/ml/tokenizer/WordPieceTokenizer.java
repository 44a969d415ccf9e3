package com.fintune.ml.tokenizer;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * BERT's WordPiece tokenizer (BertNormalizer, BertPreTokenizer, WordPiece, {@code [CLS] … [SEP]}), run by Hugging
 * Face's own Rust {@code tokenizers} through DJL's binding, whose JAR bundles the native library (unpacked once per
 * JVM into {@code DJL_CACHE_DIR}, by default {@code ~/.djl.ai}) and works offline. The truncation and padding that a
 * tokenizer.json may carry (all-MiniLM-L6-v2's pads every text to 128) are switched off: FinTune truncates per call
 * and pads per batch, as it does for RoBERTa. The Rust tokenizer is immutable once built, so one instance serves
 * concurrent threads; it lives as long as the model that holds it.
 */
public final class WordPieceTokenizer implements TextTokenizer {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** DJL's options: no truncation, no padding (the file's own settings are overridden), specials per call. */
    private static final Map<String, String> OPTIONS = Map.of("truncation", "false", "padding", "false",
            "addSpecialTokens", "true", "withOverflowingTokens", "false");

    private final HuggingFaceTokenizer rust;
    private final String[] vocabulary;
    private final int padId;

    private WordPieceTokenizer(HuggingFaceTokenizer rust, String[] vocabulary, int padId) {
        this.rust = rust;
        this.vocabulary = vocabulary;
        this.padId = padId;
    }

    /** Builds the tokenizer from tokenizer.json's bytes; its {@code model.type} must be WordPiece. */
    public static WordPieceTokenizer read(byte[] tokenizerJson) throws IOException {
        JsonNode root = JSON.readTree(tokenizerJson);
        if (!"WordPiece".equals(TextTokenizers.modelType(root))) {
            throw new TokenizerFileException("tokenizer.json model.type is not WordPiece");
        }
        String[] vocabulary = vocabulary(root);
        int padId = padId(root, vocabulary);
        HuggingFaceTokenizer rust;
        try {
            rust = HuggingFaceTokenizer.newInstance(new ByteArrayInputStream(tokenizerJson), OPTIONS);
        } catch (RuntimeException e) {
            throw new TokenizerFileException("tokenizer.json is not a tokenizer Hugging Face can load: "
                    + e.getMessage());
        }
        return new WordPieceTokenizer(rust, vocabulary, padId);
    }

    @Override
    public int[] encode(String text, boolean addSpecial) {
        long[] ids = rust.encode(text, addSpecial, false).getIds();
        int[] out = new int[ids.length];
        for (int i = 0; i < ids.length; i++) {
            out[i] = Math.toIntExact(ids[i]);
        }
        return out;
    }

    /** As Hugging Face truncates a single text: content cut at the end, then {@code [SEP]} after it. */
    @Override
    public int[] encode(String text, boolean addSpecial, int maxLength) {
        if (maxLength < (addSpecial ? 2 : 0)) {
            throw new IllegalArgumentException("maxLength " + maxLength + " leaves no room for the special tokens");
        }
        int[] ids = encode(text, addSpecial);
        if (ids.length <= maxLength) {
            return ids;
        }
        int[] cut = Arrays.copyOf(ids, maxLength);
        if (addSpecial) {
            cut[maxLength - 1] = ids[ids.length - 1];
        }
        return cut;
    }

    @Override
    public List<String> tokens(int[] ids) {
        List<String> tokens = new ArrayList<>(ids.length);
        for (int id : ids) {
            if (id < 0 || id >= vocabulary.length || vocabulary[id] == null) {
                throw new IllegalArgumentException("token id " + id + " is outside the vocabulary");
            }
            tokens.add(vocabulary[id]);
        }
        return tokens;
    }

    @Override
    public int padId() {
        return padId;
    }

    @Override
    public int vocabSize() {
        return vocabulary.length;
    }

    private static String[] vocabulary(JsonNode root) throws TokenizerFileException {
        JsonNode vocab = root.path("model").path("vocab");
        if (!vocab.isObject() || vocab.isEmpty()) {
            throw new TokenizerFileException("tokenizer.json model.vocab is missing or empty");
        }
        int size = 0;
        for (JsonNode id : vocab) {
            size = Math.max(size, id.asInt() + 1);
        }
        for (JsonNode added : root.path("added_tokens")) {
            size = Math.max(size, added.path("id").asInt() + 1);
        }
        String[] tokens = new String[size];
        vocab.fields().forEachRemaining(e -> tokens[e.getValue().asInt()] = e.getKey());
        for (JsonNode added : root.path("added_tokens")) {
            tokens[added.path("id").asInt()] = added.path("content").asText();
        }
        return tokens;
    }

    /** padding.pad_id when the file says; otherwise the id of {@code [PAD]}. */
    private static int padId(JsonNode root, String[] vocabulary) throws TokenizerFileException {
        JsonNode padding = root.path("padding");
        if (padding.has("pad_id")) {
            return padding.path("pad_id").asInt();
        }
        for (int i = 0; i < vocabulary.length; i++) {
            if ("[PAD]".equals(vocabulary[i])) {
                return i;
            }
        }
        throw new TokenizerFileException("tokenizer.json names no padding token (padding.pad_id or [PAD])");
    }
}
