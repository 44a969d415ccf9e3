package com.fintune.audit.anchor;

import com.fintune.audit.chain.AuditChain;
import com.fintune.audit.chain.AuditEvent;
import com.fintune.audit.chain.ChainLink;
import com.fintune.audit.chain.Sha256;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/** AUDIT_LOG and AUDIT_CHAIN_HEAD in memory, with the tampering an attacker with database access could do. */
final class MemoryChain implements ChainSource {

    final TreeMap<Long, ChainLink> entries = new TreeMap<>();
    ChainHead head = new ChainHead(0, AuditChain.GENESIS_HASH);
    boolean snapshot = true;
    /** Called after the head is read and before each page: lets a test append "concurrently". */
    Runnable duringRead = () -> { };
    int pagesRead;

    static MemoryChain of(int n) {
        MemoryChain chain = new MemoryChain();
        for (int i = 0; i < n; i++) {
            chain.append();
        }
        return chain;
    }

    static AuditEvent event(long i, String actor) {
        return new AuditEvent(Instant.parse("2026-11-25T10:00:00Z").plusSeconds(i), actor, "PREDICT_REST",
                "application:" + i, "req-" + i, "fintune-default@1", Sha256.hex("in" + i), Sha256.hex("out" + i));
    }

    /** What AuditTrail does: the next link after the head, and the head moved to it. */
    ChainLink append() {
        ChainLink previous = entries.isEmpty() ? null : entries.lastEntry().getValue();
        ChainLink link = AuditChain.next(previous, event(entries.size() + 1, "underwriter"));
        entries.put(link.sequence(), link);
        head = new ChainHead(link.sequence(), link.entryHash());
        return link;
    }

    /** Deletes entries after {@code keep} (rows only; the head is left alone). */
    void deleteAfter(long keep) {
        entries.tailMap(keep, false).clear();
    }

    /** Edits entry {@code sequence}'s actor without touching any hash. */
    void editActor(long sequence, String actor) {
        ChainLink l = entries.get(sequence);
        AuditEvent e = l.event();
        entries.put(sequence, new ChainLink(sequence, new AuditEvent(e.occurredAt(), actor, e.action(), e.subject(),
                e.requestId(), e.modelVersion(), e.inputHash(), e.outputHash()), l.previousHash(), l.entryHash()));
    }

    /** Recomputes every hash from {@code from} on, as an attacker who knows the algorithm would. */
    void rehashFrom(long from) {
        String previous = from == 1 ? AuditChain.GENESIS_HASH : entries.get(from - 1).entryHash();
        for (ChainLink l : new ArrayList<>(entries.tailMap(from, true).values())) {
            String hash = AuditChain.hash(l.sequence(), l.event(), previous);
            entries.put(l.sequence(), new ChainLink(l.sequence(), l.event(), previous, hash));
            previous = hash;
        }
    }

    /** Points the head at the last entry, hash and all. */
    void headToLastEntry() {
        ChainLink last = entries.lastEntry().getValue();
        head = new ChainHead(last.sequence(), last.entryHash());
    }

    @Override
    public ChainHead head() {
        ChainHead read = head;
        duringRead.run();
        return read;
    }

    @Override
    public Optional<ChainLink> entry(long sequence) {
        return Optional.ofNullable(entries.get(sequence));
    }

    @Override
    public List<ChainLink> range(long from, long to, int limit) {
        duringRead.run();
        pagesRead++;
        return entries.subMap(from, true, to, true).values().stream().limit(limit).toList();
    }

    @Override
    public long entriesAfter(long sequence) {
        return snapshot ? entries.tailMap(sequence, false).size() : -1;
    }
}
