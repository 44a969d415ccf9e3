package com.fintune.ml.tokenizer;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Turns the JSON tree of a Hugging Face tokenizer.json into a {@link RobertaTokenizer}. Rejects, with the JSON
 * field named, anything that would make the ids differ from Hugging Face's (a normalizer, BPE dropout, a
 * non-ByteLevel pre-tokeniser) rather than silently ignoring it.
 */
final class TokenizerJsonReader {

    private TokenizerJsonReader() {
    }

    static RobertaTokenizer read(JsonNode root, int cacheCapacity) throws TokenizerFileException {
        if (!root.isObject()) {
            throw new TokenizerFileException("tokenizer.json must hold a JSON object");
        }
        requireNull(root, "normalizer");
        JsonNode model = object(root, "model");
        if (!"BPE".equals(model.path("type").asText("BPE"))) {
            throw new TokenizerFileException("model.type must be BPE, was " + model.path("type").asText());
        }
        requireNull(model, "dropout");
        requireEmpty(model, "continuing_subword_prefix");
        requireEmpty(model, "end_of_word_suffix");
        Map<String, Integer> vocab = vocab(object(model, "vocab"));
        MergeTable merges = merges(model.path("merges"), vocab);
        List<AddedToken> added = addedTokens(root.path("added_tokens"));
        BytePairModel bpe;
        try {
            bpe = new BytePairModel(vocab, merges, model.path("ignore_merges").asBoolean(false), cacheCapacity);
        } catch (IllegalArgumentException e) {
            throw new TokenizerFileException(e.getMessage());
        }
        JsonNode pre = object(root, "pre_tokenizer");
        if (!"ByteLevel".equals(pre.path("type").asText())) {
            throw new TokenizerFileException("pre_tokenizer.type must be ByteLevel, was " + pre.path("type").asText());
        }
        ByteLevelPreTokenizer preTokenizer = new ByteLevelPreTokenizer(
                pre.path("add_prefix_space").asBoolean(true), pre.path("use_regex").asBoolean(true));
        TokenVocabulary tokens = new TokenVocabulary(vocab, added);
        JsonNode post = root.path("post_processor");
        int bos = post.has("cls") ? post.get("cls").path(1).asInt() : tokens.require("<s>");
        int eos = post.has("sep") ? post.get("sep").path(1).asInt() : tokens.require("</s>");
        int pad = root.path("padding").has("pad_id") ? root.path("padding").get("pad_id").asInt() : tokens.require("<pad>");
        int mask = tokens.require("<mask>");
        AddedTokenSplitter splitter = new AddedTokenSplitter(added);
        // offsets are trimmed by the post-processor (RobertaProcessing's defaults: trim, prefix space kept)
        boolean trimOffsets = post.isObject() && post.path("trim_offsets").asBoolean(true);
        OffsetEncoder offsets = new OffsetEncoder(splitter, preTokenizer, bpe, tokens, trimOffsets,
                post.path("add_prefix_space").asBoolean(true));
        return new RobertaTokenizer(root, bpe, preTokenizer, splitter, offsets, tokens,
                new SpecialIds(bos, eos, pad, mask));
    }

    private static Map<String, Integer> vocab(JsonNode node) throws TokenizerFileException {
        Map<String, Integer> vocab = new HashMap<>(node.size() * 2);
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            if (!entry.getValue().canConvertToInt() || entry.getValue().asInt() < 0) {
                throw new TokenizerFileException("model.vocab[\"" + entry.getKey() + "\"] is not a token id");
            }
            vocab.put(entry.getKey(), entry.getValue().asInt());
        }
        return vocab;
    }

    private static MergeTable merges(JsonNode node, Map<String, Integer> vocab) throws TokenizerFileException {
        if (!node.isArray()) {
            throw new TokenizerFileException("model.merges must be an array");
        }
        MergeTable table = new MergeTable(node.size());
        for (int rank = 0; rank < node.size(); rank++) {
            JsonNode merge = node.get(rank);
            String left;
            String right;
            if (merge.isArray() && merge.size() == 2) {
                left = merge.get(0).asText();
                right = merge.get(1).asText();
            } else {
                String[] parts = merge.asText().split(" ", -1);
                if (parts.length != 2) {
                    throw new TokenizerFileException("model.merges[" + rank + "] is not a pair: " + merge);
                }
                left = parts[0];
                right = parts[1];
            }
            Integer leftId = vocab.get(left);
            Integer rightId = vocab.get(right);
            Integer mergedId = vocab.get(left + right);
            if (leftId == null || rightId == null || mergedId == null) {
                throw new TokenizerFileException("model.merges[" + rank + "] " + merge + " names a token missing from model.vocab");
            }
            table.add(leftId, rightId, rank, mergedId);
        }
        return table;
    }

    private static List<AddedToken> addedTokens(JsonNode node) throws TokenizerFileException {
        List<AddedToken> tokens = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            JsonNode t = node.get(i);
            if (!t.path("id").canConvertToInt() || t.path("content").asText("").isEmpty()) {
                throw new TokenizerFileException("added_tokens[" + i + "] needs an integer id and a non-empty content");
            }
            tokens.add(new AddedToken(t.get("id").asInt(), t.get("content").asText(), t.path("single_word").asBoolean(),
                    t.path("lstrip").asBoolean(), t.path("rstrip").asBoolean(), t.path("normalized").asBoolean(),
                    t.path("special").asBoolean()));
        }
        return tokens;
    }

    private static JsonNode object(JsonNode parent, String field) throws TokenizerFileException {
        JsonNode node = parent.path(field);
        if (!node.isObject()) {
            throw new TokenizerFileException("tokenizer.json lacks the object \"" + field + "\"");
        }
        return node;
    }

    private static void requireNull(JsonNode parent, String field) throws TokenizerFileException {
        JsonNode node = parent.path(field);
        if (!node.isMissingNode() && !node.isNull()) {
            throw new TokenizerFileException("\"" + field + "\" is not supported (must be null), was " + node);
        }
    }

    private static void requireEmpty(JsonNode parent, String field) throws TokenizerFileException {
        if (!parent.path(field).asText("").isEmpty()) {
            throw new TokenizerFileException("model." + field + " is not supported (must be empty or null)");
        }
    }
}
