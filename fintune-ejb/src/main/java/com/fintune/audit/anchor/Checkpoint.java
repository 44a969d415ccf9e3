package com.fintune.audit.anchor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fintune.audit.chain.CanonicalJson;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A signed statement "at {@code createdAt} the audit chain held entry {@code sequence} with hash {@code entryHash}".
 * Checkpoints are chained like the log: each names the signature of the one before it ({@link #FIRST_PREVIOUS}
 * for the first of a file), so a line taken out of the middle of the file is noticed. The signature is
 * {@code HMAC-SHA256(key, signedText())} in lower-case hex, reproducible with {@code openssl dgst -sha256 -hmac}.
 *
 * @param sequence    the chain entry anchored (the head when the checkpoint was written)
 * @param entryHash   that entry's ENTRY_HASH
 * @param createdAt   when, UTC, to the millisecond
 * @param previousMac the signature of the checkpoint before this one in the file
 * @param keyId       which key signed it ({@link AnchorKey#id()}), so a line signed under another key is told apart
 * @param mac         the signature
 */
public record Checkpoint(long sequence, String entryHash, Instant createdAt, String previousMac, String keyId,
                         String mac) {

    /** The format name, first field of the signed text. */
    public static final String FORMAT = "fintune-audit-checkpoint-v1";
    /** {@code previousMac} of a file's first checkpoint. */
    public static final String FIRST_PREVIOUS = "0".repeat(64);

    private static final ObjectMapper JSON = new ObjectMapper();

    public Checkpoint {
        if (sequence < 1 || entryHash == null || createdAt == null || previousMac == null || keyId == null
                || mac == null) {
            throw new IllegalArgumentException("a checkpoint needs a sequence >= 1, a hash, a time, the previous"
                    + " signature, a key id and its signature");
        }
        createdAt = createdAt.truncatedTo(ChronoUnit.MILLIS);
    }

    /** What is signed: {@code format|sequence|entryHash|createdAt|previousMac}, createdAt as ISO-8601 UTC. */
    public static String signedText(long sequence, String entryHash, Instant createdAt, String previousMac) {
        return FORMAT + "|" + sequence + "|" + entryHash + "|" + createdAt.truncatedTo(ChronoUnit.MILLIS) + "|"
                + previousMac;
    }

    public String signedText() {
        return signedText(sequence, entryHash, createdAt, previousMac);
    }

    /** One line of the checkpoint file (canonical JSON, keys sorted, no newline). */
    public String toJsonLine() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("format", FORMAT);
        m.put("sequence", sequence);
        m.put("entryHash", entryHash);
        m.put("createdAt", createdAt.toString());
        m.put("previousMac", previousMac);
        m.put("keyId", keyId);
        m.put("mac", mac);
        return CanonicalJson.write(m);
    }

    /** Reads one line of the checkpoint file; IllegalArgumentException when it is not one. */
    public static Checkpoint parse(String line) {
        JsonNode n;
        try {
            n = JSON.readTree(line);
        } catch (Exception e) {
            throw new IllegalArgumentException("not JSON: " + e.getMessage());
        }
        if (n == null || !n.isObject() || !FORMAT.equals(n.path("format").asText())) {
            throw new IllegalArgumentException("not a " + FORMAT + " line");
        }
        if (!n.path("sequence").canConvertToLong()) {
            throw new IllegalArgumentException("no sequence");
        }
        try {
            return new Checkpoint(n.path("sequence").asLong(), text(n, "entryHash"),
                    Instant.parse(text(n, "createdAt")), text(n, "previousMac"), text(n, "keyId"), text(n, "mac"));
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("createdAt is not an ISO-8601 instant");
        }
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || !v.isTextual()) {
            throw new IllegalArgumentException("no " + field);
        }
        return v.asText();
    }
}
