package com.fintune.ml.serving;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The limits every prediction request is read under, so that a hostile or broken body (a thousand nested arrays, a
 * twenty-million-character string) is refused while it is being read, with a 400 in plain words, instead of costing
 * memory, stack or a 500. A breach is a {@link com.fasterxml.jackson.core.exc.StreamConstraintsException}, which
 * {@link JsonSyntax} describes without naming the library. The REST layer caps the body's size before this.
 */
public final class RequestLimits {

    /** Objects and arrays nested deeper than this are refused (an application is 1 deep, a batch 3). */
    public static final int MAX_NESTING_DEPTH = 64;
    /** Longest text value: underwriterNotes allows 4,000 characters, so this only stops abuse. */
    public static final int MAX_STRING_CHARS = 64 * 1024;
    /** Longest field name. */
    public static final int MAX_NAME_CHARS = 1_000;
    /** Longest number literal. */
    public static final int MAX_NUMBER_CHARS = 1_000;
    /** Longest single request document (the same as the REST limit for POST /predict). */
    public static final long MAX_DOCUMENT_CHARS = 64 * 1024;

    private static final ObjectMapper SINGLE = mapper(MAX_DOCUMENT_CHARS);

    private RequestLimits() {
    }

    /** The mapper for one request (POST /predict, one line of {@code fintune predict}). */
    public static ObjectMapper single() {
        return SINGLE;
    }

    /**
     * A mapper with these limits and the given longest document ({@code <= 0}: no document limit, for a batch whose
     * size the REST layer already caps).
     */
    public static ObjectMapper mapper(long maxDocumentChars) {
        StreamReadConstraints constraints = StreamReadConstraints.builder()
                .maxNestingDepth(MAX_NESTING_DEPTH)
                .maxStringLength(MAX_STRING_CHARS)
                .maxNameLength(MAX_NAME_CHARS)
                .maxNumberLength(MAX_NUMBER_CHARS)
                .maxDocumentLength(maxDocumentChars > 0 ? maxDocumentChars : -1)
                .build();
        JsonFactory factory = JsonFactory.builder().streamReadConstraints(constraints).build();
        return JsonMapper.builder(factory)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
    }
}
