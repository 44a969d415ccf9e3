package com.fintune.ml.tokenizer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The roberta-base tokenizer fixture (tokenizer.json and its 47 Hugging Face test vectors), loaded once per JVM. */
final class TokenizerFixtures {

    static final ObjectMapper JSON = new ObjectMapper();

    /** One line of cases.jsonl: the ids carry {@code <s>…</s>} only when {@code withSpecialTokens}. */
    record Case(int line, String text, int[] ids, boolean withSpecialTokens) {
    }

    private static final class Loaded {
        static final RobertaTokenizer TOKENIZER = load();
    }

    private TokenizerFixtures() {
    }

    static Path directory() {
        String fixtures = System.getProperty("fintune.fixtures");
        if (fixtures == null) {
            throw new IllegalStateException("system property fintune.fixtures is not set (run through Maven)");
        }
        return Path.of(fixtures, "roberta-base-tokenizer");
    }

    static Path tokenizerJson() {
        return directory().resolve("tokenizer.json");
    }

    static RobertaTokenizer robertaBase() {
        return Loaded.TOKENIZER;
    }

    static JsonNode tokenizerTree() {
        try {
            return JSON.readTree(tokenizerJson().toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Case> cases() {
        try {
            List<Case> cases = new ArrayList<>();
            List<String> lines = Files.readAllLines(directory().resolve("cases.jsonl"));
            for (int i = 0; i < lines.size(); i++) {
                JsonNode node = JSON.readTree(lines.get(i));
                cases.add(new Case(i + 1, node.get("text").asText(), JSON.treeToValue(node.get("ids"), int[].class),
                        node.path("with_special_tokens").asBoolean(false)));
            }
            return cases;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static RobertaTokenizer load() {
        try {
            return RobertaTokenizer.load(tokenizerJson());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
