package com.fintune.ml.tokenizer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads a Hugging Face tokenizer.json and returns the tokenizer its {@code model.type} names: {@code BPE} (RoBERTa's
 * byte-level BPE, {@link RobertaTokenizer}) or {@code WordPiece} (BERT, {@link WordPieceTokenizer}).
 */
public final class TextTokenizers {
    private static final ObjectMapper JSON = new ObjectMapper();

    private TextTokenizers() {
    }

    public static TextTokenizer load(Path tokenizerJson) throws IOException {
        if (!Files.isRegularFile(tokenizerJson)) {
            throw new NoSuchFileException(tokenizerJson.toString(), null, "no tokenizer.json there");
        }
        return read(Files.readAllBytes(tokenizerJson));
    }

    /** A tokenizer from tokenizer.json's bytes (e.g. {@code Checkpoint.tokenizerJson()}). */
    public static TextTokenizer read(byte[] tokenizerJson) throws IOException {
        JsonNode root = JSON.readTree(tokenizerJson);
        String type = modelType(root);
        return switch (type) {
            case "BPE" -> RobertaTokenizer.fromJson(root);
            case "WordPiece" -> WordPieceTokenizer.read(tokenizerJson);
            default -> throw new TokenizerFileException("tokenizer.json model.type \"" + type
                    + "\" is not supported (BPE or WordPiece)");
        };
    }

    /** As {@link #read(byte[])}, from a stream that is read to its end and not closed. */
    public static TextTokenizer read(InputStream tokenizerJson) throws IOException {
        return read(tokenizerJson.readAllBytes());
    }

    /** tokenizer.json's {@code model.type}; files written before the field existed are BPE when they have merges. */
    static String modelType(JsonNode root) throws TokenizerFileException {
        JsonNode model = root.path("model");
        if (!model.isObject()) {
            throw new TokenizerFileException("tokenizer.json has no \"model\" object");
        }
        String type = model.path("type").asText("");
        if (type.isEmpty()) {
            return model.has("merges") ? "BPE" : model.has("continuing_subword_prefix") ? "WordPiece" : "";
        }
        return type;
    }
}
