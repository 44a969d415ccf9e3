package com.fintune.audit.anchor;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The secret that signs checkpoints. It must live outside the database (an environment variable or a file only
 * the server reads): whoever can rewrite AUDIT_LOG must not also be able to sign a checkpoint for the result.
 * The key is the UTF-8 bytes of a text of at least {@link #MIN_LENGTH} characters, as {@code openssl dgst -hmac}
 * takes it.
 */
public final class AnchorKey {

    public static final int MIN_LENGTH = 32;
    /** The key id is the first 16 hex of the HMAC of this text: public, and reproducible by whoever holds the key. */
    public static final String KEY_ID_TEXT = "fintune-audit-anchor-key-id";

    private final byte[] key;
    private final String id;

    private AnchorKey(byte[] key) {
        this.key = key;
        this.id = mac(KEY_ID_TEXT).substring(0, 16);
    }

    public static AnchorKey of(String secret) {
        if (secret == null || secret.strip().length() < MIN_LENGTH) {
            throw new IllegalArgumentException("the audit anchor key must be at least " + MIN_LENGTH
                    + " characters");
        }
        return new AnchorKey(secret.strip().getBytes(StandardCharsets.UTF_8));
    }

    /** A short public fingerprint of the key (16 hex), written into each checkpoint; reveals nothing of the key. */
    public String id() {
        return id;
    }

    /** HMAC-SHA256 of the text's UTF-8 bytes, lower-case hex. */
    public String mac(String text) {
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(hmac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java platform provides HmacSHA256", e);
        }
    }

    public Checkpoint sign(long sequence, String entryHash, Instant createdAt, String previousMac) {
        String mac = mac(Checkpoint.signedText(sequence, entryHash, createdAt, previousMac));
        return new Checkpoint(sequence, entryHash, createdAt, previousMac, id, mac);
    }

    /** True when this key made the checkpoint's signature over its content (compared in constant time). */
    public boolean signed(Checkpoint checkpoint) {
        return id.equals(checkpoint.keyId()) && MessageDigest.isEqual(
                mac(checkpoint.signedText()).getBytes(StandardCharsets.US_ASCII),
                checkpoint.mac().getBytes(StandardCharsets.US_ASCII));
    }
}
