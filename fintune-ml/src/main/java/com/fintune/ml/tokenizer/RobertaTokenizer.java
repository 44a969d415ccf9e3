package com.fintune.ml.tokenizer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * RoBERTa's byte-level BPE tokenizer, read from a Hugging Face tokenizer.json and giving the same ids as Hugging
 * Face's {@code tokenizers}: added tokens found literally (so "&lt;mask&gt;" in text is the mask token), GPT-2
 * pre-tokenisation, BPE, then {@code <s> … </s>} (pair: {@code <s> A </s></s> B </s>}). Immutable and thread-safe.
 */
public final class RobertaTokenizer implements TextTokenizer {

    /** RoBERTa-base's limit, special tokens included. */
    public static final int DEFAULT_MAX_LENGTH = 512;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsonNode definition;
    private final BytePairModel bpe;
    private final ByteLevelPreTokenizer preTokenizer;
    private final AddedTokenSplitter addedTokens;
    private final OffsetEncoder offsetEncoder;
    private final TokenVocabulary vocabulary;
    private final ByteLevelDecoder decoder;
    private final SpecialIds specials;

    RobertaTokenizer(JsonNode definition, BytePairModel bpe, ByteLevelPreTokenizer preTokenizer,
                     AddedTokenSplitter addedTokens, OffsetEncoder offsetEncoder, TokenVocabulary vocabulary,
                     SpecialIds specials) {
        this.definition = definition.deepCopy();
        this.bpe = bpe;
        this.preTokenizer = preTokenizer;
        this.addedTokens = addedTokens;
        this.offsetEncoder = offsetEncoder;
        this.vocabulary = vocabulary;
        this.decoder = new ByteLevelDecoder(vocabulary);
        this.specials = specials;
    }

    /** Reads a tokenizer.json file, with a BPE word cache of Hugging Face's default size (10,000 words). */
    public static RobertaTokenizer load(Path tokenizerJson) throws IOException {
        return load(tokenizerJson, WordCache.DEFAULT_CAPACITY);
    }

    /** Reads a tokenizer.json file; the BPE cache keeps at most {@code wordCacheCapacity} words (0: no cache). */
    public static RobertaTokenizer load(Path tokenizerJson, int wordCacheCapacity) throws IOException {
        if (!Files.isRegularFile(tokenizerJson)) {
            throw new NoSuchFileException(tokenizerJson.toString(), null, "no tokenizer.json there");
        }
        try (InputStream in = Files.newInputStream(tokenizerJson)) {
            return TokenizerJsonReader.read(JSON.readTree(in), wordCacheCapacity);
        }
    }

    /** Reads tokenizer.json from a stream (e.g. a classpath resource); the stream is not closed. */
    public static RobertaTokenizer read(InputStream tokenizerJson) throws IOException {
        return fromJson(JSON.readTree(tokenizerJson));
    }

    /** Builds a tokenizer from an already parsed tokenizer.json tree (copied; later changes to it do not matter). */
    public static RobertaTokenizer fromJson(JsonNode tokenizerJson) throws TokenizerFileException {
        return TokenizerJsonReader.read(Objects.requireNonNull(tokenizerJson, "tokenizerJson"), WordCache.DEFAULT_CAPACITY);
    }

    /** Writes the tokenizer.json this tokenizer was read from. */
    public void save(Path tokenizerJson) throws IOException {
        JSON.writeValue(tokenizerJson.toFile(), definition);
    }

    /** The text's ids, untruncated; with {@code addSpecial}, wrapped in {@code <s> … </s>}. */
    @Override
    public int[] encode(String text, boolean addSpecial) {
        int[] ids = tokenIds(text);
        return addSpecial ? wrap(ids) : ids;
    }

    /** As {@link #encode(String, boolean)}, cut so the result (special tokens included) has at most maxLength ids. */
    @Override
    public int[] encode(String text, boolean addSpecial, int maxLength) {
        int budget = addSpecial ? budget(maxLength, 2) : requirePositive(maxLength);
        int[] ids = Truncation.single(tokenIds(text), budget);
        return addSpecial ? wrap(ids) : ids;
    }

    /**
     * As {@link #encode(String, boolean, int)}, with each token's span in {@code text} (for showing which words an
     * explanation points at). Pass {@link Integer#MAX_VALUE} for no limit.
     */
    public TokenSpans encodeWithSpans(String text, boolean addSpecial, int maxLength) {
        TokenSpans spans = offsetEncoder.encode(Objects.requireNonNull(text, "text"));
        if (addSpecial) {
            return OffsetEncoder.frame(spans, specials.bos(), specials.eos(), budget(maxLength, 2));
        }
        return OffsetEncoder.truncate(spans, requirePositive(maxLength));
    }

    /** A text pair as {@code <s> A </s></s> B </s>}, cut longest-first to at most maxLength ids. */
    public int[] encodePair(String first, String second, int maxLength) {
        int[][] kept = Truncation.longestFirst(tokenIds(first), tokenIds(second), budget(maxLength, 4));
        IdBuffer out = new IdBuffer();
        out.add(specials.bos());
        out.addAll(kept[0]);
        out.add(specials.eos());
        out.add(specials.eos());
        out.addAll(kept[1]);
        out.add(specials.eos());
        return out.toArray();
    }

    /** Encodes texts for the encoder with the default maximum of {@value #DEFAULT_MAX_LENGTH}. */
    public EncodedBatch encodeBatch(List<String> texts) {
        return encodeBatch(texts, DEFAULT_MAX_LENGTH);
    }

    /** Wrapped, truncated to maxLength (specials included) and padded to the longest row, with its attention mask. */
    @Override
    public EncodedBatch encodeBatch(List<String> texts, int maxLength) {
        int[][] rows = new int[texts.size()][];
        int longest = 0;
        for (int i = 0; i < rows.length; i++) {
            rows[i] = encode(texts.get(i), true, maxLength);
            longest = Math.max(longest, rows[i].length);
        }
        return Padding.rightPad(rows, longest, specials.pad());
    }

    /** Text back from ids; {@code skipSpecial} leaves out {@code <s>}, {@code </s>}, {@code <pad>} and the like. */
    public String decode(int[] ids, boolean skipSpecial) {
        return decoder.decode(ids, skipSpecial);
    }

    /** The tokens' texts as stored in the vocabulary (byte-level symbols, e.g. "Ġworld"), for display. */
    @Override
    public List<String> tokens(int[] ids) {
        List<String> tokens = new ArrayList<>(ids.length);
        for (int id : ids) {
            String token = vocabulary.token(id);
            if (token == null) {
                throw new IllegalArgumentException("token id " + id + " is outside the vocabulary");
            }
            tokens.add(token);
        }
        return tokens;
    }

    /** The id of a vocabulary entry written as in tokenizer.json ("Ġworld", "&lt;mask&gt;"), or -1. */
    public int tokenId(String token) {
        return vocabulary.id(token);
    }

    @Override
    public int padId() {
        return specials.pad();
    }

    public int bosId() {
        return specials.bos();
    }

    public int eosId() {
        return specials.eos();
    }

    public int maskId() {
        return specials.mask();
    }

    /** Rows an embedding matrix needs: one more than the highest id. */
    @Override
    public int vocabSize() {
        return vocabulary.size();
    }

    /** Whether a space is put before text that does not start with one (tokenizer.json's add_prefix_space). */
    public boolean addsPrefixSpace() {
        return preTokenizer.addsPrefixSpace();
    }

    /** Words currently held by the BPE cache (for tests and monitoring). */
    int cachedWords() {
        return bpe.cachedWords();
    }

    private int[] tokenIds(String text) {
        Objects.requireNonNull(text, "text");
        IdBuffer out = new IdBuffer();
        for (TextSegment segment : addedTokens.split(text)) {
            if (segment.isAddedToken()) {
                out.add(segment.tokenId());
            } else {
                preTokenizer.forEachWord(text.substring(segment.start(), segment.end()),
                        (word, start) -> bpe.encodeWord(word, out));
            }
        }
        return out.toArray();
    }

    private int[] wrap(int[] ids) {
        int[] wrapped = new int[ids.length + 2];
        wrapped[0] = specials.bos();
        System.arraycopy(ids, 0, wrapped, 1, ids.length);
        wrapped[ids.length + 1] = specials.eos();
        return wrapped;
    }

    private static int budget(int maxLength, int specialCount) {
        if (maxLength < specialCount) {
            throw new IllegalArgumentException("maxLength " + maxLength + " leaves no room for the "
                    + specialCount + " special tokens");
        }
        return maxLength - specialCount;
    }

    private static int requirePositive(int maxLength) {
        if (maxLength < 0) {
            throw new IllegalArgumentException("maxLength must be >= 0, was " + maxLength);
        }
        return maxLength;
    }
}
