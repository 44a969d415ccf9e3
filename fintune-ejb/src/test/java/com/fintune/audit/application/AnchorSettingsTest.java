package com.fintune.audit.application;

import com.fintune.audit.anchor.AnchorKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AnchorSettingsTest {

    @TempDir
    Path server;

    private AnchorSettings settings(Map<String, String> values) {
        return AnchorSettings.from(k -> Optional.ofNullable(values.get(k)), server);
    }

    @Test
    void defaultsLiveInTheServerDirectoryWithAGeneratedDevelopmentKey() throws Exception {
        AnchorSettings s = settings(Map.of());
        assertEquals(server.resolve("audit-anchor"), s.directory());
        assertEquals(Duration.ofMinutes(5), s.interval());
        AnchorSettings.LoadedKey first = s.loadKey();
        assertTrue(first.development());
        assertTrue(Files.exists(server.resolve(AnchorSettings.DEVELOPMENT_KEY_FILE)));
        assertEquals(first.key().id(), s.loadKey().key().id(), "the development key is kept, not regenerated");
    }

    @Test
    void aConfiguredKeyOrKeyFileWins() throws Exception {
        String secret = "a-production-secret-of-enough-length-123";
        AnchorSettings.LoadedKey key = settings(Map.of("fintune.audit.anchor.key", secret)).loadKey();
        assertFalse(key.development());
        assertEquals(AnchorKey.of(secret).id(), key.key().id());
        Files.writeString(server.resolve("anchor.key"), secret + "\n");
        assertEquals(AnchorKey.of(secret).id(),
                settings(Map.of("fintune.audit.anchor.key-file", "anchor.key")).loadKey().key().id());
        assertFalse(Files.exists(server.resolve(AnchorSettings.DEVELOPMENT_KEY_FILE)));
    }

    @Test
    void aShortKeyStopsTheServerInsteadOfSigningWeakly() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> settings(Map.of("fintune.audit.anchor.key", "short")).loadKey());
        assertTrue(e.getMessage().contains("FINTUNE_AUDIT_ANCHOR_KEY"), e.getMessage());
    }

    @Test
    void directoryAndIntervalAreConfigurable() {
        AnchorSettings s = settings(Map.of("fintune.audit.anchor.dir", "/var/lib/fintune-anchor",
                "fintune.audit.anchor.interval-minutes", "0"));
        assertEquals(Path.of("/var/lib/fintune-anchor"), s.directory());
        assertNull(s.interval(), "0 = on demand only");
        assertThrows(IllegalStateException.class,
                () -> settings(Map.of("fintune.audit.anchor.interval-minutes", "-1")));
    }
}
