package com.fintune.audit.anchor;

import com.fintune.audit.chain.ChainLink;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static com.fintune.audit.anchor.VerificationMode.FULL;
import static com.fintune.audit.anchor.VerificationMode.INCREMENTAL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The chain held to its head and its latest signed checkpoint, against each way of tampering with the database. */
class ChainAuditTest {

    static final AnchorKey KEY = AnchorKey.of("test-anchor-key-0123456789abcdef-0123456789");

    private static Checkpoint checkpointAtHead(MemoryChain chain) {
        return KEY.sign(chain.head.sequence(), chain.head.entryHash(), Instant.parse("2026-11-25T11:00:00Z"),
                Checkpoint.FIRST_PREVIOUS);
    }

    private static AuditVerification verify(MemoryChain chain, Checkpoint anchor, VerificationMode mode) {
        return new ChainAudit(chain, 4).verify(anchor, mode);
    }

    private static void assertBroken(AuditVerification v, long firstBroken, String reasonPart) {
        assertFalse(v.intact(), v.toString());
        assertEquals(firstBroken, v.firstBrokenSequence(), v.toString());
        assertTrue(v.reason().contains(reasonPart), v.reason());
        assertNull(v.headHash());
    }

    @Test
    void incrementalRecomputesOnlyFromTheCheckpointAndFullFromTheStart() {
        MemoryChain chain = MemoryChain.of(10);
        Checkpoint anchor = checkpointAtHead(chain);
        for (int i = 0; i < 5; i++) {
            chain.append();
        }
        AuditVerification incremental = verify(chain, anchor, INCREMENTAL);
        assertTrue(incremental.intact(), incremental.toString());
        assertEquals(15, incremental.headSequence());
        assertEquals(15, incremental.entriesVerified());
        assertEquals(6, incremental.entriesRecomputed(), "the anchored entry and the five after it");
        assertEquals(10, incremental.fromSequence());
        assertEquals(chain.head.entryHash(), incremental.headHash());
        assertEquals(10, incremental.checkpoint().sequence());
        assertTrue(incremental.notes().isEmpty(), incremental.notes().toString());

        AuditVerification full = verify(chain, anchor, FULL);
        assertTrue(full.intact(), full.toString());
        assertEquals(15, full.entriesRecomputed());
        assertEquals(1, full.fromSequence());
    }

    @Test
    void withoutACheckpointTheWholeChainIsRecomputedAndTheGapIsSaid() {
        MemoryChain chain = MemoryChain.of(7);
        AuditVerification v = verify(chain, null, INCREMENTAL);
        assertTrue(v.intact());
        assertEquals(7, v.entriesRecomputed());
        assertTrue(v.notes().get(0).contains("no signed checkpoint"), v.notes().toString());
        AuditVerification empty = verify(new MemoryChain(), null, INCREMENTAL);
        assertTrue(empty.intact());
        assertEquals(0, empty.headSequence());
    }

    @Test
    void aRewrittenHeadHashIsNamed() {
        MemoryChain chain = MemoryChain.of(6);
        Checkpoint anchor = checkpointAtHead(chain);
        chain.append();
        chain.head = new ChainHead(7, "f".repeat(64));
        assertBroken(verify(chain, anchor, INCREMENTAL), 7, "head's hash");
        assertBroken(verify(chain, anchor, FULL), 7, "head's hash");
    }

    @Test
    void anEditedLastEntryWithItsHeadRehashedIsNamed() {
        MemoryChain chain = MemoryChain.of(6);
        Checkpoint anchor = checkpointAtHead(chain);
        chain.append();
        chain.editActor(7, "mallory");
        chain.rehashFrom(7);
        chain.headToLastEntry();
        // after the checkpoint and consistently rehashed: only the next checkpoint can pin it (the window is said)
        assertTrue(verify(chain, anchor, INCREMENTAL).intact());
        chain.editActor(6, "mallory");
        chain.rehashFrom(6);
        chain.headToLastEntry();
        assertBroken(verify(chain, anchor, INCREMENTAL), 6, "signed checkpoint");
    }

    @Test
    void aTruncatedTailWithTheHeadMovedBackIsCaughtOnlyByTheCheckpoint() {
        MemoryChain chain = MemoryChain.of(12);
        Checkpoint anchor = checkpointAtHead(chain);
        chain.deleteAfter(9);
        chain.headToLastEntry();
        AuditVerification unanchored = verify(chain, null, FULL);
        assertTrue(unanchored.intact(), "the database alone cannot tell: this is what the anchor is for");
        assertBroken(verify(chain, anchor, INCREMENTAL), 10, "removed from the end");
        assertBroken(verify(chain, anchor, FULL), 10, "removed from the end");
    }

    @Test
    void aTruncatedTailBehindAnUnmovedHeadIsNamed() {
        MemoryChain chain = MemoryChain.of(12);
        Checkpoint anchor = checkpointAtHead(chain);
        chain.append();
        chain.append();
        chain.deleteAfter(12);
        AuditVerification v = verify(chain, anchor, INCREMENTAL);
        assertBroken(v, 13, "log ends at 12");
        assertEquals(12, v.entriesVerified());
    }

    @Test
    void aChainRehashedFromTheStartIsCaughtEvenWhenItIsLonger() {
        MemoryChain chain = MemoryChain.of(20);
        Checkpoint anchor = checkpointAtHead(chain);
        chain.deleteAfter(15);
        chain.editActor(3, "mallory");
        chain.rehashFrom(1);
        // pad the chain past the checkpoint so the head is not behind it
        for (int i = 0; i < 8; i++) {
            chain.append();
        }
        assertTrue(verify(chain, null, FULL).intact(), "self-consistent without the anchor");
        assertBroken(verify(chain, anchor, INCREMENTAL), 20, "signed checkpoint");
        AuditVerification full = verify(chain, anchor, FULL);
        assertBroken(full, 20, "signed checkpoint");
        assertEquals(19, full.entriesVerified());
    }

    @Test
    void aRemovedAnchoredEntryIsNamed() {
        MemoryChain chain = MemoryChain.of(5);
        Checkpoint anchor = checkpointAtHead(chain);
        chain.append();
        chain.entries.remove(5L);
        assertBroken(verify(chain, anchor, INCREMENTAL), 5, "is missing");
        assertBroken(verify(chain, anchor, FULL), 6, "removed or inserted");
    }

    @Test
    void anEditAfterTheCheckpointIsNamed() {
        MemoryChain chain = MemoryChain.of(5);
        Checkpoint anchor = checkpointAtHead(chain);
        for (int i = 0; i < 4; i++) {
            chain.append();
        }
        chain.editActor(8, "mallory");
        assertBroken(verify(chain, anchor, INCREMENTAL), 8, "altered");
        chain.editActor(5, "mallory");
        assertBroken(verify(chain, anchor, INCREMENTAL), 5, "altered");
    }

    @Test
    void anEditBeforeTheCheckpointIsLeftToTheFullMode() {
        MemoryChain chain = MemoryChain.of(8);
        Checkpoint anchor = checkpointAtHead(chain);
        chain.editActor(2, "mallory");
        assertTrue(verify(chain, anchor, INCREMENTAL).intact(), "incremental trusts what the checkpoint covers");
        assertBroken(verify(chain, anchor, FULL), 2, "altered");
    }

    @Test
    void entriesBeyondTheHeadAreAFindingInASnapshot() {
        MemoryChain chain = MemoryChain.of(8);
        Checkpoint anchor = checkpointAtHead(chain);
        ChainHead real = chain.head;
        chain.append();
        chain.head = real;
        assertBroken(verify(chain, anchor, INCREMENTAL), 9, "after the chain head");
        chain.snapshot = false;
        assertTrue(verify(chain, anchor, INCREMENTAL).intact(), "without a snapshot it may be a concurrent append");
    }

    @Test
    void appendsCommittedWhileVerifyingAreNotTakenForRemovals() {
        MemoryChain chain = MemoryChain.of(9);
        Checkpoint anchor = checkpointAtHead(chain);
        chain.append();
        chain.snapshot = false;
        chain.duringRead = chain::append;
        AuditVerification v = verify(chain, anchor, INCREMENTAL);
        assertTrue(v.intact(), v.toString());
        assertEquals(10, v.headSequence(), "the head as read first");
        assertTrue(chain.head.sequence() > 10, "appends happened during the verification");
        chain.duringRead = () -> { };
        ChainLink last = chain.entries.lastEntry().getValue();
        AuditVerification after = verify(chain, anchor, FULL);
        assertTrue(after.intact(), after.toString());
        assertEquals(last.sequence(), after.headSequence());
    }

    @Test
    void theOldCountOnlyCheckWouldHaveMissedAnEditedHead() {
        MemoryChain chain = MemoryChain.of(4);
        chain.head = new ChainHead(4, "0".repeat(64));
        assertBroken(verify(chain, null, FULL), 4, "head's hash");
    }
}
