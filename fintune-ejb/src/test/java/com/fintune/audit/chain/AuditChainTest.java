package com.fintune.audit.chain;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AuditChainTest {

    private static List<ChainLink> chain(int n) {
        List<ChainLink> entries = new ArrayList<>();
        ChainLink head = null;
        for (int i = 0; i < n; i++) {
            head = AuditChain.next(head, event(i));
            entries.add(head);
        }
        return entries;
    }

    private static AuditEvent event(int i) {
        return new AuditEvent(Instant.parse("2026-11-25T10:00:00.123456Z").plusSeconds(i), "underwriter1", "PREDICT",
                "application:" + i, "req-" + i, "fintune-default@1", Sha256.hex("in" + i), Sha256.hex("out" + i));
    }

    private static ChainVerification verify(List<ChainLink> entries) {
        ChainVerifier v = new ChainVerifier();
        entries.forEach(v::accept);
        return v.result();
    }

    @Test
    void anIntactChainVerifies() {
        List<ChainLink> entries = chain(5);
        assertEquals(AuditChain.GENESIS_HASH, entries.get(0).previousHash());
        assertEquals(entries.get(0).entryHash(), entries.get(1).previousHash());
        ChainVerification result = verify(entries);
        assertTrue(result.intact());
        assertEquals(5, result.entriesVerified());
        assertEquals(entries.get(4).entryHash(), result.headHash());
        assertNull(result.firstBrokenSequence());
        assertTrue(verify(List.of()).intact());
    }

    @Test
    void timeIsKeptToTheMillisecondSoItSurvivesTheDatabase() {
        assertEquals(Instant.parse("2026-11-25T10:00:00.123Z"), event(0).occurredAt());
    }

    @Test
    void anEditedEntryIsNamed() {
        List<ChainLink> entries = chain(5);
        ChainLink third = entries.get(2);
        AuditEvent e = third.event();
        AuditEvent edited = new AuditEvent(e.occurredAt(), "someone-else", e.action(), e.subject(), e.requestId(),
                e.modelVersion(), e.inputHash(), e.outputHash());
        entries.set(2, new ChainLink(3, edited, third.previousHash(), third.entryHash()));
        ChainVerification result = verify(entries);
        assertFalse(result.intact());
        assertEquals(3L, result.firstBrokenSequence());
        assertEquals(2, result.entriesVerified());
        assertTrue(result.reason().contains("altered"), result.reason());
    }

    @Test
    void aRehashedEditBreaksTheNextLink() {
        List<ChainLink> entries = chain(4);
        ChainLink second = entries.get(1);
        AuditEvent e = second.event();
        AuditEvent edited = new AuditEvent(e.occurredAt(), e.actor(), "DELETE", e.subject(), e.requestId(),
                e.modelVersion(), e.inputHash(), e.outputHash());
        entries.set(1, new ChainLink(2, edited, second.previousHash(), AuditChain.hash(2, edited, second.previousHash())));
        ChainVerification result = verify(entries);
        assertEquals(3L, result.firstBrokenSequence());
        assertTrue(result.reason().contains("previous hash"), result.reason());
    }

    @Test
    void aDeletedEntryIsNamed() {
        List<ChainLink> entries = chain(4);
        entries.remove(1);
        ChainVerification result = verify(entries);
        assertEquals(3L, result.firstBrokenSequence());
        assertTrue(result.reason().contains("removed"), result.reason());
    }

    @Test
    void canonicalJsonIsIndependentOfKeyOrderAndNumberSpelling() {
        String a = CanonicalJson.write(java.util.Map.of("b", 1.50, "a", List.of("x\"y", true), "c", java.util.Map.of()));
        assertEquals("{\"a\":[\"x\\\"y\",true],\"b\":1.5,\"c\":{}}", a);
        assertEquals(CanonicalJson.write(java.util.Map.of("n", 100)), CanonicalJson.write(java.util.Map.of("n", 100.0)));
        assertNotEquals(Sha256.ofCanonical(java.util.Map.of("n", 1)), Sha256.ofCanonical(java.util.Map.of("n", 2)));
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", Sha256.hex(""));
    }
}
