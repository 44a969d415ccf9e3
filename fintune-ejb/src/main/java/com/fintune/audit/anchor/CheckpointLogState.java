package com.fintune.audit.anchor;

/**
 * What reading the checkpoint file found.
 *
 * @param latest  the last good checkpoint, or null when there is none (yet)
 * @param lines   good checkpoints read
 * @param problem why the file cannot be trusted beyond {@code latest} (removed, altered or forged lines), or null
 */
public record CheckpointLogState(Checkpoint latest, int lines, String problem) {
}
