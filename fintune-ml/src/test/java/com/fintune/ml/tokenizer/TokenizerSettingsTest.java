package com.fintune.ml.tokenizer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** tokenizer.json settings are read and honoured, saved back unchanged, and unusable files are refused. */
class TokenizerSettingsTest {

    @Test
    void addPrefixSpaceTrueMakesTheFirstWordLikeAMiddleWord() throws IOException {
        ObjectNode json = (ObjectNode) TokenizerFixtures.tokenizerTree();
        ((ObjectNode) json.get("pre_tokenizer")).put("add_prefix_space", true);
        ((ObjectNode) json.get("post_processor")).put("add_prefix_space", true);
        RobertaTokenizer prefixed = RobertaTokenizer.fromJson(json);
        assertTrue(prefixed.addsPrefixSpace());
        assertArrayEquals(new int[] {0, 20920, 232, 2}, prefixed.encode("Hello world", true));
        assertArrayEquals(new int[] {20920, 232}, prefixed.encode(" Hello world", false));
        // each text segment between added tokens gets its own prefix space, as in Hugging Face
        assertArrayEquals(new int[] {20920, 50264, 232}, prefixed.encode("Hello <mask>world", false));
        assertArrayEquals(new int[] {}, prefixed.encode("", false));
        assertEquals(" Hello world", prefixed.decode(prefixed.encode("Hello world", true), true));
    }

    @Test
    void saveWritesAFileThatLoadsToTheSameTokenizer(@TempDir Path dir) throws IOException {
        Path saved = dir.resolve("tokenizer.json");
        TokenizerFixtures.robertaBase().save(saved);
        RobertaTokenizer reloaded = RobertaTokenizer.load(saved);
        for (TokenizerFixtures.Case c : TokenizerFixtures.cases()) {
            assertArrayEquals(TokenizerFixtures.robertaBase().encode(c.text(), true), reloaded.encode(c.text(), true));
        }
        assertEquals(TokenizerFixtures.tokenizerTree(), TokenizerFixtures.JSON.readTree(saved.toFile()));
    }

    @Test
    void missingFileIsNamed(@TempDir Path dir) {
        NoSuchFileException e = assertThrows(NoSuchFileException.class,
                () -> RobertaTokenizer.load(dir.resolve("absent.json")));
        assertTrue(e.getMessage().contains("absent.json"));
    }

    @Test
    void featuresThatWouldChangeTheIdsAreRefusedNotIgnored() {
        ObjectNode withNormalizer = (ObjectNode) TokenizerFixtures.tokenizerTree();
        withNormalizer.putObject("normalizer").put("type", "Lowercase");
        assertMessage("normalizer", withNormalizer);

        ObjectNode wordPiece = (ObjectNode) TokenizerFixtures.tokenizerTree();
        ((ObjectNode) wordPiece.get("model")).put("type", "WordPiece");
        assertMessage("model.type", wordPiece);

        ObjectNode badMerge = (ObjectNode) TokenizerFixtures.tokenizerTree();
        ((com.fasterxml.jackson.databind.node.ArrayNode) badMerge.get("model").get("merges")).add("zzqq xxyy");
        assertMessage("model.merges[50000]", badMerge);
    }

    @Test
    void notJsonIsAnError(@TempDir Path dir) throws IOException {
        Path garbage = Files.writeString(dir.resolve("tokenizer.json"), "{ not json");
        assertThrows(IOException.class, () -> RobertaTokenizer.load(garbage));
    }

    private static void assertMessage(String expected, ObjectNode json) {
        TokenizerFileException e = assertThrows(TokenizerFileException.class, () -> RobertaTokenizer.fromJson(json));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }
}
