package com.fintune.notice.application;

import java.time.Instant;

/** A stored notice as served: its document id, the PDF, its SHA-256 and when it was first written. */
public record IssuedNotice(long documentId, long predictionId, byte[] pdf, String sha256, Instant createdAt) {
}
