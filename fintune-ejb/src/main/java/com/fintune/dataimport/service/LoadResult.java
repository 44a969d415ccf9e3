package com.fintune.dataimport.service;

/**
 * What a load did: applications written, and those skipped because an application with the same reference (the
 * HMDA ULI for LAR imports) was already stored.
 */
public record LoadResult(int loaded, int skippedDuplicates) {
}
