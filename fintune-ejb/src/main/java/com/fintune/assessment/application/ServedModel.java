package com.fintune.assessment.application;

import java.nio.file.Path;
import java.time.Instant;

/**
 * A model version the runtime holds in memory.
 *
 * @param version     the version its answers name
 * @param directory   where it was read from (the shipped model's temporary copy for the shipped model)
 * @param memoryBytes the memory its weights take: the size of its model.safetensors (the encoder holds every
 *                    weight once, as stored); the tokenizer and the micro-batcher's buffers come on top
 * @param loadedAt    when it was loaded and warmed up
 */
public record ServedModel(String version, Path directory, long memoryBytes, Instant loadedAt) {
}
